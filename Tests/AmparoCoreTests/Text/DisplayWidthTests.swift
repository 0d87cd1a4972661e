import Testing
@testable import AmparoCore

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneCellEach() {
        #expect(DisplayWidth.of("Know your rights") == 16)
    }

    @Test func chineseAndFullwidthTakeTwoCells() {
        #expect(DisplayWidth.of("你有权保持沉默") == 14)
        #expect(DisplayWidth.of("，") == 2)
        #expect(DisplayWidth.of("ＡＢ") == 4)
    }

    @Test func koreanSyllablesTakeTwoCellsPrecomposedOrAsJamo() {
        #expect(DisplayWidth.of("권리") == 4)
        // 한 spelled as conjoining jamo: one grapheme cluster, two cells.
        let jamo = "\u{1112}\u{1161}\u{11AB}"
        #expect(jamo.count == 1)
        #expect(DisplayWidth.of(jamo) == 2)
    }

    @Test func vietnameseIsOneCellPerLetterInEitherNormalizationForm() {
        let precomposed = "Quy\u{1EC1}n c\u{1EE7}a b\u{1EA1}n"          // Quyền của bạn
        let decomposed = "Quye\u{302}\u{300}n cu\u{309}a ba\u{323}n"
        #expect(precomposed.count == decomposed.count)
        #expect(DisplayWidth.of(precomposed) == 13)
        #expect(DisplayWidth.of(decomposed) == 13)
    }

    @Test func combiningMarksAndJoinersTakeNoCells() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x0301)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200B)!) == 0)
        #expect(DisplayWidth.of("e\u{301}\u{323}") == 1)
    }

    @Test func tagalogIsLatinWidth() {
        #expect(DisplayWidth.of("Mga karapatan mo") == 16)
        #expect(DisplayWidth.of("Ñ") == 1)
    }

    @Test func tableLookupFindsEdgesOfRanges() {
        #expect(DisplayWidth.isWide(0x4E00))
        #expect(DisplayWidth.isWide(0x9FFF))
        #expect(DisplayWidth.isWide(0xAC00))
        #expect(DisplayWidth.isWide(0x20000))
        #expect(!DisplayWidth.isWide(0x0041))
        #expect(!DisplayWidth.isWide(0x00E9))
        #expect(!DisplayWidth.isWide(0xFF61))          // half-width katakana punctuation
    }

    /// The table comes from Unicode's EastAsianWidth.txt: unassigned code points are narrow,
    /// except where Unicode reserves them as wide.
    @Test func unassignedCodePointsAreNarrowOutsideTheRangesReservedAsWide() {
        #expect(!DisplayWidth.isWide(0x2FD6))          // unassigned, after the Kangxi radicals
        #expect(!DisplayWidth.isWide(0x1FB9F))         // unassigned, symbols for legacy computing
        #expect(!DisplayWidth.isWide(0xE0080))         // unassigned, tags block
        #expect(DisplayWidth.isWide(0xFADA))           // unassigned, reserved wide (CJK compatibility)
        #expect(DisplayWidth.isWide(0x3A000))          // unassigned, plane 3 (reserved wide)
        #expect(DisplayWidth.isWide(0x2F800))          // assigned, plane 2
    }

    @Test func recentlyAddedCharactersTakeTheirOwnWidth() {
        #expect(DisplayWidth.of(Unicode.Scalar(0x1E030)!) == 1)   // Cyrillic modifier letter (Unicode 15)
        #expect(DisplayWidth.of(Unicode.Scalar(0x31350)!) == 2)   // CJK extension H ideograph (Unicode 15)
        #expect(DisplayWidth.of(Unicode.Scalar(0x1FAE8)!) == 2)   // shaking face emoji (Unicode 15)
        #expect(EastAsianWidthTable.unicodeVersion == "15.0.0")
    }

    /// Line breaking uses the same classification: wide characters (Han, kana, full-width forms)
    /// allow a break beside them, Hangul does not (Korean wraps between words).
    @Test func lineBreakingSharesTheWidthClassification() {
        #expect(LineBreakClass.isIdeographic("中"))
        #expect(LineBreakClass.isIdeographic("か"))
        #expect(LineBreakClass.isIdeographic("，"))
        #expect(!LineBreakClass.isIdeographic("한"))
        #expect(!LineBreakClass.isIdeographic("a"))
        #expect(!LineBreakClass.isIdeographic(Character(Unicode.Scalar(0x2FD6)!)))
    }
}
