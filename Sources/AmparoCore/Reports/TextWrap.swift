import Foundation

/// Word wrapping for plain-text reports: paragraphs kept, lines broken at spaces, a word longer
/// than the width kept whole.
public enum TextWrap {
    /// `text` wrapped to `width` columns (counted in characters), each line prefixed by `indent`.
    public static func lines(_ text: String, width: Int, indent: String = "") -> [String] {
        let available = max(10, width - indent.count)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                if current.isEmpty {
                    current = String(word)
                } else if current.count + 1 + word.count <= available {
                    current += " " + word
                } else {
                    lines.append(indent + current)
                    current = String(word)
                }
            }
            lines.append(indent + current)
        }
        while lines.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeLast() }
        return lines
    }
}
