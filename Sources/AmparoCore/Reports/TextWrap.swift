import Foundation

/// Word wrapping for plain-text reports, by display width with ``LineWrapper``: paragraphs kept,
/// lines broken at spaces and between CJK characters, a word longer than the width (a web
/// address) kept whole.
public enum TextWrap {
    /// `text` wrapped to `width` cells, each line prefixed by `indent`. Runs of spaces count as
    /// one. A text that starts with a list marker (`- `, `1. `) indents its continuation lines
    /// under the text, not the marker (``HangingIndent``).
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let hanging = indent + String(repeating: " ", count: HangingIndent.markerWidth(text))
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ").joined(separator: " ")
            lines += HangingIndent.lines(words, width: width, first: lines.isEmpty ? indent : hanging,
                                         rest: hanging, breakingLongWords: false)
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines
    }
}
