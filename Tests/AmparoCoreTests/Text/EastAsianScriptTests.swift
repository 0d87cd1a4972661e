import Testing
@testable import AmparoCore

/// One CJK classification: width, line breaking, labels and the reading-grade count all read
/// `EastAsianScript`, which rests on the East Asian Width table.
@Suite("East Asian script: one classification")
struct EastAsianScriptTests {
    func script(_ value: UInt32) -> EastAsianScript? {
        Unicode.Scalar(value).flatMap(EastAsianScript.init)
    }

    @Test func classesOfCharacters() {
        #expect(EastAsianScript(Character("中")) == .han)
        #expect(EastAsianScript(Character("﨑")) == .han)             // U+FA11, compatibility ideograph
        #expect(script(0x20000) == .han)                               // extension B
        #expect(script(0x31350) == .han)                               // extension H (Unicode 15)
        #expect(EastAsianScript(Character("か")) == .kana)
        #expect(EastAsianScript(Character("カ")) == .kana)
        #expect(EastAsianScript(Character("한")) == .hangul)
        #expect(EastAsianScript(Character("ㄱ")) == .hangul)           // compatibility jamo
        #expect(EastAsianScript(Character("，")) == .otherWide)        // full-width comma
        #expect(EastAsianScript(Character("「")) == .otherWide)
        #expect(EastAsianScript(Character("ㄅ")) == .otherWide)        // bopomofo
        #expect(EastAsianScript(Character("a")) == nil)
        #expect(script(0x1E030) == nil)                                // narrow, added in Unicode 15
        #expect(script(0x3040) == nil)                                 // unassigned in Hiragana: narrow
        #expect(script(0x1160) == nil)                                 // a conjoining vowel: not wide
    }

    @Test("a character is classed East Asian exactly when the width table makes it wide")
    func agreesWithTheWidthTable() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if (EastAsianScript(scalar) != nil) != DisplayWidth.isWide(value) { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
    }

    @Test("labels, line breaking and the reading count agree on every wide character")
    func consumersAgree() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let script = EastAsianScript(scalar)
            let character = Character(scalar)
            let withoutSpaces = script?.writesWithoutSpaces ?? false
            if TextStatistics.isIdeographic(character) != withoutSpaces
                || Labelled.usesFullWidthPunctuation(String(character)) != withoutSpaces
                || LineBreakClass.isIdeographic(character) != (script.map { $0 != .hangul } ?? false) {
                disagreements.append(value)
            }
        }
        #expect(disagreements.isEmpty)
    }

    /// Labels and the reading count used to have ranges of their own: a label in compatibility
    /// ideographs or an extension-B character took an ASCII colon, and extension H (Unicode 15)
    /// was not counted as written without spaces.
    @Test func labelsAndReadingCountKnowEveryHanBlock() {
        #expect(Labelled.withColon("﨑", "x") == "﨑：x")
        #expect(Labelled.withColon("\u{20000}", "x") == "\u{20000}：x")
        #expect(TextStatistics.isIdeographic(Character(Unicode.Scalar(0x31350)!)))
    }
}
