import Testing
@testable import AmparoCore

@Suite("Reports in another language")
struct ReportLanguageTests {
    /// A pretend language: every text is "ES:" + English, except the card `food-help`'s body,
    /// which is not translated, so that whole card must be English under a notice.
    static let pretend = ReportLanguage(
        text: { $0.key.hasSuffix("food-help.body") ? $0.english : "ES:" + $0.english },
        interface: { string, arguments in CFormat.format(string.english, arguments) },
        fallbackNotice: { texts in
            texts.contains { $0.key.hasSuffix("food-help.body") } ? "NOTICE: shown in English" : nil
        }
    )

    private func decision() throws -> Decision {
        try Decider.decide(try Fixtures.flow("analysis/door.yaml"),
                           answers: ["where": ["home"], "warrant": ["administrative"], "needs": ["food"]])
    }

    @Test("a card with one untranslated part is shown all in English under the notice")
    func cardAllOrNothing() throws {
        let decision = try decision()
        let text = DecisionReport(decision: decision, language: Self.pretend).text()
        #expect(text.contains("1. Where are you? [where] -> At home [home]") == false)
        #expect(text.contains("1. ES:Where are you? [where] -> ES:At home [home]"))
        #expect(text.contains("1. ES:Stay silent\n"))
        #expect(text.contains("NOTICE: shown in English\n3. Food help is open to you\n   Children can get school meals"))
        #expect(!text.contains("ES:Food help"))
        #expect(!text.contains("ES:Food bank"))
    }

    @Test("JSON marks the card that fell back")
    func json() throws {
        let json = try DecisionReport(decision: try decision(), language: Self.pretend).json()
        #expect(json.contains("\"notice\" : \"NOTICE: shown in English\""))
        #expect(json.contains("\"title\" : \"ES:Stay silent\""))
        #expect(json.contains("\"title\" : \"Food help is open to you\""))
    }

    @Test("the review sheet says which cards are in English")
    func review() throws {
        let sheet = ReviewSheet(flow: try Fixtures.flow("analysis/door.yaml"), language: Self.pretend).text()
        #expect(sheet.contains("Translation:\n  NOTICE: shown in English\nTitle:\n  Food help is open to you\n"))
        #expect(sheet.contains("Title:\n  ES:Stay silent\n"))
    }
}
