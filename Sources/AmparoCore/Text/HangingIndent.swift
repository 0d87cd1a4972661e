/// Wraps a paragraph whose continuation lines hang under its text rather than under a list
/// marker (`- `, `12. `), by display width with ``LineWrapper``. Shared by the plain line mode
/// and the plain-text reports so both lay out lists the same way.
public enum HangingIndent {
    /// The least room, in cells, a line gets after its prefix, however narrow the width.
    public static let minimumRoom = 10

    /// The width of a leading `- ` or `12. ` list marker, or 0.
    public static func markerWidth(_ text: some StringProtocol) -> Int {
        if text.hasPrefix("- ") { return 2 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") { return digits.count + 2 }
        return 0
    }

    /// `paragraph` (one line of text, no `\n`) wrapped to `width` cells: the first line prefixed
    /// by `first`, the others by `rest`, each with at least ``minimumRoom`` cells after its
    /// prefix. An empty paragraph is one line holding just `first`.
    public static func lines(_ paragraph: String, width: Int, first: String, rest: String,
                             breakingLongWords: Bool = true) -> [String] {
        let firstRoom = max(width - DisplayWidth.of(first), minimumRoom)
        let room = max(width - DisplayWidth.of(rest), minimumRoom)
        let wrapped = LineWrapper.wrap(paragraph, width: firstRoom, breakingLongWords: breakingLongWords)
        let head = wrapped.first ?? ""
        // The first line (with the marker in it) gets the room after `first`; the rest is wrapped
        // again to the room under the text.
        guard paragraph.hasPrefix(head) else { return wrapped.map { first + $0 } }
        let tail = String(paragraph.dropFirst(head.count).drop { $0 == " " })
        guard !tail.isEmpty else { return [first + head] }
        let continued = LineWrapper.wrap(tail, width: room, breakingLongWords: breakingLongWords)
        return [first + head] + continued.map { rest + $0 }
    }
}
