import Foundation

/// Word wrapping for plain-text reports: paragraphs kept, lines broken at spaces, a word longer
/// than the width kept whole.
public enum TextWrap {
    /// `text` wrapped to `width` columns (counted in characters), each line prefixed by `indent`.
    /// A line that starts with a list marker (`- `, `1. `) indents its continuation lines under
    /// the text, not the marker.
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let marker = listMarker(text)
        let hanging = indent + String(repeating: " ", count: marker)
        var lines: [String] = []
        var first = true
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                let prefix = first ? indent : hanging
                if current.isEmpty {
                    current = String(word)
                } else if prefix.count + current.count + 1 + word.count <= max(width, prefix.count + 10) {
                    current += " " + word
                } else {
                    lines.append(prefix + current)
                    first = false
                    current = String(word)
                }
            }
            lines.append((first ? indent : hanging) + current)
            first = false
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
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
