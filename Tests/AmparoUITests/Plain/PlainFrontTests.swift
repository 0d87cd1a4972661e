import AmparoCore
import AmparoTestSupport
import Testing
@testable import AmparoUI

@Suite("Plain line mode")
struct PlainFrontTests {
    static let flowYAML = """
        id: door
        title: Help at the door
        summary: What to do when someone knocks.
        jurisdiction: California, USA
        version: 1
        review-by: 2027-05-31
        start: where
        steps:
          - id: where
            kind: single
            text: Where are you?
            options:
              - id: home
                label: At home
              - id: work
                label: At work
            unsure: {}
            next: needs
          - id: needs
            kind: multiple
            text: What do you need?
            options:
              - id: food
                label: Food
              - id: health
                label: Health care
            next: guidance
          - id: guidance
            kind: outcome
            text: What you can do
            cards: [silent]
        cards:
          - id: silent
            title: Stay silent
            body: You have the right to remain silent.
            facts: [search-warrant]

        """

    private func flow() throws -> Flow {
        try #require(TestContentFiles.load(yaml: Self.flowYAML, file: "door.yaml").flows.first)
    }

    private func run(_ lines: [String], configuration: AppConfiguration, flowID: String? = "door") -> String {
        var output = ""
        var front = PlainFront(configuration: configuration, flowID: flowID, reader: ScriptedLineReader(lines),
                               output: { output += $0 })
        front.run()
        return output
    }

    @Test("English: questions, multiple choice, cards, goodbye")
    func english() throws {
        let configuration = AppConfiguration(flows: [try flow()], languages: LanguageChoice.shipped, fixedLanguage: "en")
        let out = run(["2", "1,2", "q"], configuration: configuration)
        #expect(out.contains("Question 1 of about 2\nWhere are you?\n1. At home\n2. At work\n3. I don't know / not sure\n"))
        #expect(out.contains("You chose: Food, Health care\n"))
        #expect(out.contains("1. Stay silent\n   You have the right to remain silent.\n\nSources:\n"))
        #expect(out.contains("- Protection from unreasonable searches, U.S. Const. amend. IV,\n"
                             + "  https://constitution.congress.gov/constitution/amendment-4/.\nChecked November 2026.\n"))
        #expect(out.hasSuffix("Goodbye. Nothing you typed was saved.\n"))
    }

    @Test("a language without translations shows the English with a visible notice")
    func fallbackNotice() throws {
        let spanish = Strings(languageTag: "es",
                              interface: { $0 == .plainGoodbye ? "Adiós." : $0.english },
                              content: { LocalizedText($0.english, fallback: .missing) })
        let configuration = AppConfiguration(flows: [try flow()], languages: LanguageChoice.shipped,
                                             strings: { $0 == "es" ? spanish : .english })
        let out = run(["1", "1", "1", "q"], configuration: configuration)
        #expect(out.contains("Choose your language\n1. Español (Spanish)\n"))
        #expect(out.contains("This part is not translated yet, so it is shown in English.\nWhere are you?\n"))
        #expect(out.contains("This part is not translated yet, so it is shown in English.\n1. Stay silent\n"))
        #expect(out.hasSuffix("Adiós.\n"))
    }

    @Test("how the translation was made is told once after the language is chosen, again after a restart")
    func translationStatus() throws {
        var configuration = AppConfiguration(flows: [try flow()], languages: LanguageChoice.shipped)
        configuration.translationStatus = { $0 == "es" ? .translationStatusMachine : nil }
        configuration.strings = { tag in
            tag == "es" ? Strings(languageTag: "es", interface: { $0.english }, content: { LocalizedText($0.english) })
                : .english
        }
        let told = "About this translation\nThis translation was drafted by a computer program."
        let spanish = run(["1", "1", "b", "1", "r", "1", "q"], configuration: configuration, flowID: nil)
        #expect(spanish.components(separatedBy: told).count - 1 == 2)
        #expect(spanish.contains("ask a\nvolunteer.\n\nWhat is happening?"))
        let english = run(["2", "1", "q"], configuration: configuration, flowID: nil)
        #expect(!english.contains(told))
    }

    @Test("back from the first question returns to the situation picker; restart to the language")
    func navigation() throws {
        let configuration = AppConfiguration(flows: [try flow()], languages: LanguageChoice.shipped)
        let out = run(["2", "1", "b", "b", "r", "q"], configuration: configuration, flowID: nil)
        let titles = out.split(separator: "\n").filter {
            ["Choose your language", "What is happening?", "Where are you?"].contains(String($0))
        }
        #expect(titles == ["Choose your language", "What is happening?", "Where are you?", "What is happening?",
                           "Choose your language", "Choose your language"])
    }

    @Test("typed commands are read without regard to case or spaces")
    func commands() {
        #expect(PlainCommand(" B ") == .back)
        #expect(PlainCommand("R") == .restart)
        #expect(PlainCommand("q") == .quit)
        #expect(PlainCommand("") == .enter)
        #expect(PlainCommand("1, 3") == .numbers([1, 3]))
        #expect(PlainCommand("1 3") == .numbers([1, 3]))
        #expect(PlainCommand("one") == .invalid)
        #expect(PlainCommand("1,x") == .invalid)
    }
}
