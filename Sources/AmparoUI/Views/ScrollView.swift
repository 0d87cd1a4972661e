/// Draws a window of a document's lines into a rectangle, with "more above /
/// more below" marks, and reports what each drawn line is for clicks.
public enum ScrollView {
    /// The largest useful scroll offset for `lineCount` lines in `height` rows.
    public static func maximumOffset(lineCount: Int, height: Int) -> Int {
        max(lineCount - height, 0)
    }

    /// The offset that keeps lines `first...last` visible, moving as little as possible from `offset`.
    public static func offset(showing first: Int, _ last: Int, from offset: Int, height: Int, lineCount: Int) -> Int {
        var result = offset
        if last >= result + height { result = last - height + 1 }
        if first < result { result = first }
        return min(max(result, 0), maximumOffset(lineCount: lineCount, height: height))
    }

    /// Draws `lines` from `offset` into `rect`; returns the click regions of drawn lines.
    @discardableResult
    public static func draw(_ lines: [BodyLine], offset: Int, in rect: Rect, on screen: inout Screen) -> [HitRegion] {
        var regions: [HitRegion] = []
        let start = min(max(offset, 0), maximumOffset(lineCount: lines.count, height: rect.height))
        for row in 0..<rect.height {
            let index = start + row
            guard index < lines.count else { break }
            let line = lines[index]
            let y = rect.y + row
            if line.fillsRow { screen.fill(row: y, from: rect.x, count: rect.width, style: line.style) }
            screen.put(line.text, x: rect.x + line.indent, y: y, style: line.style,
                                   maxWidth: rect.width - line.indent)
            if let target = line.target {
                // The whole row answers a click or a tap, not just the text.
                regions.append(HitRegion(y: y, columns: rect.x..<(rect.x + rect.width), target: target))
            }
        }
        let rightEdge = rect.x + rect.width
        if start > 0 && rect.height > 0 {
            screen.put("^", x: rightEdge, y: rect.y, style: .dim)
        }
        if start + rect.height < lines.count && rect.height > 0 {
            screen.put("v", x: rightEdge, y: rect.y + rect.height - 1, style: .dim)
        }
        return regions
    }
}
