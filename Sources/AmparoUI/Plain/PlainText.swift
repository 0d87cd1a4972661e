/// How the plain line mode lays out a paragraph: unwrapped (one paragraph per line, for pipes
/// and screen readers, which wrap by themselves) or wrapped by display width with the same
/// ``LineWrapper`` as the full screen (CJK breaks between characters, a grapheme cluster is
/// never split).
public enum PlainText {
    /// The output lines of `text`, each prefixed by `indent`. With a `width`, lines are wrapped to
    /// at most `width` cells, and a line that starts with a list marker (`- `, `1. `) hangs its
    /// continuation lines under the text, not the marker. Without one, each `\n`-separated
    /// paragraph is one line.
    public static func lines(_ text: String, width: Int?, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let paragraph = String(paragraph)
            guard let width else {
                lines.append(indent + paragraph)
                continue
            }
            let marker = listMarker(paragraph)
            let hanging = indent + String(repeating: " ", count: marker)
            let room = max(width - DisplayWidth.of(hanging), 10)
            let firstRoom = max(width - DisplayWidth.of(indent), 10)
            // The first line has the marker in it; wrap it to the room after the indent, then the
            // rest under the text.
            let first = LineWrapper.wrap(paragraph, width: firstRoom).first ?? ""
            guard paragraph.hasPrefix(first) else {
                lines += LineWrapper.wrap(paragraph, width: firstRoom).map { indent + $0 }
                continue
            }
            lines.append(indent + first)
            let rest = String(paragraph.dropFirst(first.count)).drop { $0 == " " }
            if !rest.isEmpty {
                lines += LineWrapper.wrap(String(rest), width: room).map { hanging + $0 }
            }
        }
        while lines.last?.allSatisfy({ $0 == " " }) == true { lines.removeLast() }
        return lines
    }

    /// The width of a leading `- ` or `12. ` marker, or 0.
    private static func listMarker(_ text: String) -> Int {
        if text.hasPrefix("- ") { return 2 }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") { return digits.count + 2 }
        return 0
    }
}
