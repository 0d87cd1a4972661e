import Foundation

extension String {
    /// The text in Unicode Normalization Form C. Text whose scalars all lie in ranges where every
    /// character is already NFC, never combines with its neighbours and has combining class 0
    /// (ASCII, Latin-1 and Latin Extended, Vietnamese letters, common punctuation, CJK ideographs,
    /// Hangul syllables, full-width forms) is returned as it is, with no normalization work.
    var nfcNormalized: String {
        isTriviallyNFC ? self : precomposedStringWithCanonicalMapping
    }

    /// True when every scalar is in a range that is NFC whatever surrounds it (checked against
    /// the Unicode data: NFC quick check Yes, combining class 0, never the second of a pair).
    var isTriviallyNFC: Bool {
        // Most text is settled by its bytes: no lead byte from 0xCC means no scalar from U+0300.
        if isBelowCombiningMarks { return true }
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x300 { continue }
            switch value {
            case 0x1E00..<0x1F00, 0x2002..<0x2070, 0x20A0..<0x20D0, 0x2190..<0x2200,
                 0x3000..<0x302A, 0x3030..<0x3099, 0x309B..<0x3400, 0x4E00..<0xA000,
                 0xAC00..<0xD7A4, 0xFF00..<0xFFF0:
                continue
            default:
                return false
            }
        }
        return true
    }

    /// Every scalar is below U+0300, where the combining marks begin: read eight bytes at a time
    /// while they are ASCII, then byte by byte (a lead byte from 0xCC starts U+0300 and above).
    private var isBelowCombiningMarks: Bool {
        var text = self
        return text.withUTF8 { bytes in
            var index = 0
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= bytes.count,
                      raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
            }
            return bytes[index...].allSatisfy { $0 < 0xCC }
        }
    }
}
