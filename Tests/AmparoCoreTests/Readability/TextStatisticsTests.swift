import AmparoTestSupport
import Testing
@testable import AmparoCore

@Suite("Text statistics and reading grade")
struct TextStatisticsTests {
    @Test("words, sentences and syllables of plain English")
    func counts() {
        let statistics = TextStatistics("Stay silent. Do not run! Ask for a lawyer?")
        #expect(statistics.words == 9)
        #expect(statistics.sentences == 3)
        #expect(statistics.characters == 34)
        // stay(1) si-lent(2) do(1) not(1) run(1) ask(1) for(1) a(1) law-yer(2)
        #expect(statistics.syllables == 11)
    }

    @Test("a silent final e is not a syllable, a final -le is")
    func syllableRules() {
        #expect(TextStatistics.syllables(in: "home") == 1)
        #expect(TextStatistics.syllables(in: "people") == 2)
        #expect(TextStatistics.syllables(in: "immigration") == 4)
        #expect(TextStatistics.syllables(in: "2026") == 1)
    }

    @Test("the Flesch-Kincaid grade: short plain sentences read low, long Latinate ones high")
    func grade() throws {
        let plain = try #require(TextStatistics("Keep the door closed. Do not open it. Ask them to show the paper.").fleschKincaidGrade)
        let dense = try #require(TextStatistics(
            "Immigration enforcement authorities generally require a judicially authorized warrant documenting probable cause before any nonconsensual residential entry."
        ).fleschKincaidGrade)
        #expect(plain < 3)
        #expect(dense > 15)
        #expect(TextStatistics("").fleschKincaidGrade == nil)
    }

    @Test("Chinese counts each character as a word; full-width stops end sentences")
    func chinese() {
        let statistics = TextStatistics("保持沉默。不要跑！")
        #expect(statistics.words == 7)
        #expect(statistics.sentences == 2)
    }

    /// ASCII text is counted from its bytes; the figures are those of counting its characters,
    /// for random ASCII (white space, CR LF, digits, apostrophes, punctuation) and for every
    /// text of the shipped flows.
    @Test func theASCIICountAgreesWithTheCharacterCount() throws {
        let alphabet = Array("aeiouy bcdlmnrstxE LY'.!?,;:-\r\n\t0123456789()".unicodeScalars).map(Character.init)
        var state: UInt32 = 99
        for _ in 0..<3_000 {
            var text = ""
            state = state &* 1_103_515_245 &+ 12345
            for _ in 0..<Int(state >> 24) {
                state = state &* 1_103_515_245 &+ 12345
                text.append(alphabet[Int(state >> 16) % alphabet.count])
            }
            #expect(TextStatistics.ascii(text) == TextStatistics(countingCharacters: text), "\(text.debugDescription)")
        }
        let flows = FlowLoader.load(directory: TestContentFiles.packageRoot + "/Flows").flows
        var compared = 0
        for text in flows.flatMap({ $0.cards.flatMap { [$0.title.english, $0.body.english] } }) {
            guard let ascii = TextStatistics.ascii(text) else { continue }
            #expect(ascii == TextStatistics(countingCharacters: text), "\(text)")
            compared += 1
        }
        #expect(compared > 100)
        #expect(TextStatistics.ascii("Está bien.") == nil)
    }
}
