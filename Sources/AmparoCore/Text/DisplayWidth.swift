/// Terminal display width of text, measured per grapheme cluster, in pure Swift.
///
/// East Asian Wide and Fullwidth characters take two cells, combining marks and
/// other zero-width scalars take none, and everything else takes one. A grapheme
/// cluster takes the width of its first scalar that has a width (so a base letter
/// plus combining accents is one cell, and a Hangul syllable spelled as conjoining
/// jamo is two), or two when an emoji presentation selector (U+FE0F) follows a
/// narrow base.
public enum DisplayWidth {
    /// The number of terminal cells one scalar takes on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if value < 0xA0 { return 0 }                       // C1 controls and DEL
        if isZeroWidth(scalar) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// The number of terminal cells one grapheme cluster takes.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1 { return of(first) }
        var width = 0
        for scalar in scalars {
            if width == 0 {
                width = of(scalar)
            } else if scalar.value == 0xFE0F {
                return 2
            }
        }
        return width
    }

    /// The number of terminal cells a string takes on one line.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Whether the scalar is East Asian Wide or Fullwidth.
    public static func isWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        let table = EastAsianWidthTable.wide
        var low = 0
        var high = table.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = table[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Hangul medial vowels and final consonants join the preceding initial.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        if value == 0x00AD { return false }                  // soft hyphen shows as a hyphen
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            return scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
