import AmparoCore
/// Draws the parts every screen shares: the header bar on the first row and the
/// key hints on the last, and gives back the rectangle in between for the body.
public enum FrameView {
    /// Columns left blank on each side of the body (one is used for scroll marks).
    public static let margin = 1

    /// Draws the header and footer; returns the body rectangle and the footer's click regions.
    public static func draw(header: Header, hints: [Hint], hintFormat: (String, String) -> String,
                            on screen: inout Screen) -> (body: Rect, regions: [HitRegion]) {
        drawHeader(header, on: &screen)
        let regions = drawFooter(hints, format: hintFormat, on: &screen)
        let body = Rect(x: margin, y: 2, width: screen.width - 2 * margin, height: screen.height - 4)
        return (body, regions)
    }

    private static func drawHeader(_ header: Header, on screen: inout Screen) {
        screen.fill(row: 0, style: .header)
        var titleRoom = screen.width - 2
        if let progress = header.progress {
            let progressWidth = DisplayWidth.of(progress)
            let x = max(screen.width - progressWidth - 1, 1)
            screen.put(progress, x: x, y: 0, style: .header)
            titleRoom = x - 3
        }
        screen.put(truncated(header.title, to: titleRoom), x: 1, y: 0, style: .header)
    }

    private static func drawFooter(_ hints: [Hint], format: (String, String) -> String,
                                   on screen: inout Screen) -> [HitRegion] {
        let y = screen.height - 1
        guard y > 0 else { return [] }
        screen.fill(row: y, style: .hint)
        let gap = 2
        let room = screen.width - 2
        let kept = keptHints(hints, format: format, room: room, gap: gap)
        var regions: [HitRegion] = []
        var x = 1
        for (index, hint) in hints.enumerated() {
            guard let label = kept[index] else { continue }
            let text = format(hint.key, label)
            let start = x
            let keyStart = columnOf(hint.key, in: text)
            x += screen.put(text, x: x, y: y, style: .hint)
            if let keyStart {
                screen.restyle(row: y, from: start + keyStart, count: DisplayWidth.of(hint.key), style: .key)
            }
            regions.append(HitRegion(y: y, columns: start..<x, target: .action(hint.action)))
            x += gap
        }
        return regions
    }

    /// The hints that fit in `room` cells, by index, with the label to show: taken by priority
    /// (ties in their own order), each in full or not at all, except the first two, which are
    /// never dropped: when the second does not fit beside the first, the first's label is cut to
    /// make room; when one of them does not fit even so, it is shown with its label cut
    /// ("a: Agents are…"), and then the row is full, so that no lower-priority hint takes its place.
    static func keptHints(_ hints: [Hint], format: (String, String) -> String, room: Int,
                          gap: Int) -> [Int: String] {
        var kept: [Int: String] = [:]
        var used = 0
        let ranked = hints.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
        for (index, hint) in ranked {
            let lead = kept.isEmpty ? 0 : gap
            let free = room - used - lead
            let width = DisplayWidth.of(format(hint.key, hint.label))
            if width <= free {
                kept[index] = hint.label
                used += lead + width
                continue
            }
            let frame = DisplayWidth.of(format(hint.key, ""))
            if kept.count == 1, free - frame < 4,
               let shortened = makingRoom(for: width, after: kept, in: hints, format: format,
                                          room: room, gap: gap) {
                // The first two are never dropped: cut the first one's label so the second fits.
                kept = shortened
                kept[index] = hint.label
                return kept
            }
            guard kept.count < 2, free - frame >= 4 else { continue }
            kept[index] = truncated(hint.label, to: free - frame)
            return kept
        }
        return kept
    }

    /// The single kept hint with its label cut so that `width` more cells (and a gap) fit in
    /// `room`, or nil when its label would keep fewer than 4 cells.
    private static func makingRoom(for width: Int, after kept: [Int: String], in hints: [Hint],
                                   format: (String, String) -> String, room: Int,
                                   gap: Int) -> [Int: String]? {
        guard let (first, _) = kept.first else { return nil }
        let frame = DisplayWidth.of(format(hints[first].key, ""))
        let labelRoom = room - width - gap - frame
        guard labelRoom >= 4 else { return nil }
        return [first: truncated(hints[first].label, to: labelRoom)]
    }

    /// The display column where `part` first occurs in `text`.
    static func columnOf(_ part: String, in text: String) -> Int? {
        let characters = Array(text)
        let needle = Array(part)
        guard !needle.isEmpty, needle.count <= characters.count else { return nil }
        var column = 0
        for start in 0...(characters.count - needle.count) {
            if Array(characters[start..<(start + needle.count)]) == needle { return column }
            column += DisplayWidth.of(characters[start])
        }
        return nil
    }

    /// `text` cut to `width` cells, ending in "…" when cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }
}
