/// Wraps text to a display width.
///
/// Lines break at spaces, and between any two CJK characters (closing
/// punctuation stays with the character before it, opening punctuation with the
/// one after). A grapheme cluster is never split; a word longer than the width
/// is broken at the edge (or, if asked, kept whole on its own line, as reports do
/// for web addresses). `\n` starts a new line; spaces at a wrap are dropped.
public enum LineWrapper {
    /// The lines of `text` wrapped to at most `width` cells each. With `breakingLongWords`
    /// false, a word wider than the line stays whole on a line of its own (wider than `width`).
    public static func wrap(_ text: String, width: Int, breakingLongWords: Bool = true) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(paragraph, width: width, breakingLongWords: breakingLongWords))
        }
        return lines
    }

    private struct Unit {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    private static func units(of paragraph: Substring) -> [Unit] {
        var units: [Unit] = []
        var current = Unit(text: "", width: 0, isSpace: false)
        var previous: Character?
        for character in paragraph {
            let isSpace = character == " " || character == "\t" || character == "\u{3000}"
            let width = character == "\t" ? 1 : DisplayWidth.of(character)
            let startsUnit: Bool
            if current.text.isEmpty {
                startsUnit = false
            } else if isSpace != current.isSpace {
                startsUnit = true
            } else if !isSpace, let previous {
                startsUnit = LineBreakClass.allowsBreak(between: previous, and: character)
            } else {
                startsUnit = false
            }
            if startsUnit {
                units.append(current)
                current = Unit(text: "", width: 0, isSpace: isSpace)
            }
            if current.text.isEmpty { current.isSpace = isSpace }
            current.text.append(isSpace && character == "\t" ? " " : character)
            current.width += width
            previous = character
        }
        if !current.text.isEmpty { units.append(current) }
        return units
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, breakingLongWords: Bool) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpace: Unit?
        var wrapped = false

        func finishLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
            pendingSpace = nil
            wrapped = true
        }

        for unit in units(of: paragraph) {
            if unit.isSpace {
                if line.isEmpty && !wrapped {
                    line = unit.text               // indentation at the start of a paragraph
                    lineWidth = unit.width
                    if lineWidth >= width { finishLine() }
                } else if !line.isEmpty {
                    pendingSpace = unit
                }
                continue
            }
            let spaceWidth = pendingSpace?.width ?? 0
            if lineWidth + spaceWidth + unit.width <= width {
                if let space = pendingSpace { line += space.text }
                line += unit.text
                lineWidth += spaceWidth + unit.width
                pendingSpace = nil
                continue
            }
            if !line.isEmpty { finishLine() }
            if unit.width <= width || !breakingLongWords {
                line = unit.text
                lineWidth = unit.width
                continue
            }
            // A word wider than the line breaks at the edge, between grapheme clusters.
            for character in unit.text {
                let characterWidth = DisplayWidth.of(character)
                if lineWidth + characterWidth > width && !line.isEmpty {
                    finishLine()
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
