import Testing
@testable import AmparoCore

@Suite("PO reader never crashes")
struct POFuzzTests {
    /// A small generator with a fixed seed, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let sample = Array((POParserTests.header + #"""
        # comment
        #. note
        #: Flows/a.yaml:1
        #, fuzzy, c-format
        #| msgctxt "old"
        #| msgid "Old"
        msgctxt "k"
        msgid "Line\n"
        "two \"q\" \303\241 \x41"
        msgstr "Línea %d"

        msgid "one"
        msgid_plural "many"
        msgstr[0] "uno"
        msgstr[1] "muchos"

        #~ msgctxt "gone"
        #~ msgid "Gone"
        #~ msgstr "Ido"
        """#).utf8)

    @Test("every truncation of a valid file is read or refused with positioned errors")
    func truncations() {
        for length in 0...Self.sample.count {
            let result = POParser.parse(Array(Self.sample.prefix(length)), file: "t.po")
            for diagnostic in result.diagnostics {
                #expect(diagnostic.line >= 1 && diagnostic.line <= 40)
            }
        }
    }

    @Test("random bytes, and random changes to a valid file, never crash the reader")
    func randomBytes() {
        var random = SplitMix(state: 0xA11CE)
        let alphabet = Array("msgidstrctxt_plural[]0123 \"\\#~|.,:\n\r\txXé".utf8) + [0xFF, 0xC3, 0x00, 0xEF, 0xBB, 0xBF]
        for _ in 0..<400 {
            let noise = (0..<Int.random(in: 0...300, using: &random)).map { _ in
                Bool.random(using: &random) ? alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            _ = POParser.parse(noise, file: "r.po")
            var mutated = Self.sample
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                let index = Int.random(in: 0..<mutated.count, using: &random)
                mutated[index] = alphabet.randomElement(using: &random)!
            }
            let result = POParser.parse(mutated, file: "m.po")
            #expect(result.diagnostics.allSatisfy { $0.line >= 1 })
        }
    }
}
