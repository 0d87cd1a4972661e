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
}
