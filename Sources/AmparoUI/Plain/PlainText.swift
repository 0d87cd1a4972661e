import AmparoCore
/// How the plain line mode lays out a paragraph: unwrapped (one paragraph per line, for pipes
/// and screen readers, which wrap by themselves) or wrapped by display width with the same
/// ``LineWrapper`` as the full screen (CJK breaks between characters, a grapheme cluster is
/// never split).
public enum PlainText {
    /// The output lines of `text`, each prefixed by `indent`. With a `width`, lines are wrapped to
    /// at most `width` cells, and a line that starts with a list marker (`- `, `1. `) hangs its
    /// continuation lines under the text, not the marker (``HangingIndent``). Without one, each
    /// `\n`-separated paragraph is one line.
    public static func lines(_ text: String, width: Int?, indent: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let paragraph = String(paragraph)
            guard let width else {
                lines.append(indent + paragraph)
                continue
            }
            let hanging = indent + String(repeating: " ", count: HangingIndent.markerWidth(paragraph))
            lines += HangingIndent.lines(paragraph, width: width, first: indent, rest: hanging)
        }
        while lines.last?.allSatisfy({ $0 == " " }) == true { lines.removeLast() }
        return lines
    }
}
