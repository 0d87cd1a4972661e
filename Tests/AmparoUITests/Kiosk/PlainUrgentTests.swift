import AmparoCore
import Testing

@testable import AmparoUI

@Suite("The urgent key in the plain line mode")
struct PlainUrgentTests {
    func run(_ lines: [String], flowID: String?) -> String {
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped,
                                             fixedLanguage: "en")
        configuration.strings = { _ in .english }
        var output = ""
        var front = PlainFront(configuration: configuration, flowID: flowID, reader: ScriptedLineReader(lines),
                               output: { output += $0 })
        front.run()
        return output
    }

    @Test("in a flow: its urgent cards, then the same question again")
    func inAFlow() {
        let out = run(["1", "a", "q"], flowID: "door")
        let urgent = out.range(of: "If agents are here now\n")
        #expect(urgent != nil)
        #expect(out.contains("1. Urgent: You can make phone calls\n"))
        // After the urgent cards, the person is asked the same question again.
        let after = urgent.map { String(out[$0.upperBound...]) } ?? ""
        #expect(after.contains("Type a number and press Enter."))
        #expect(!after.contains("Question 1 of about"))
        #expect(out.contains("a: Agents are here now\n"))
    }

    @Test("before a flow: the built-in lines, hotlines and sources; '!' works too")
    func beforeAFlow() {
        let out = run(["!", "q"], flowID: nil)
        #expect(out.contains("- Stay silent. You have the right to remain silent.\n"))
        #expect(out.contains("- Do not sign anything.\n"))
        #expect(out.contains("   888-624-4752  CHIRLA hotline\n"))
        #expect(out.contains("U.S. Const. amend. V: The right to remain silent"))
        #expect(out.contains("Checked December 2026."))
        #expect(out.hasSuffix("Goodbye. Nothing you typed was saved.\n"))
    }

    @Test("'a' and '!' are read as the urgent key; 'ab' is not")
    func parsing() {
        #expect(PlainCommand("a") == .urgent)
        #expect(PlainCommand(" A ") == .urgent)
        #expect(PlainCommand("!") == .urgent)
        #expect(PlainCommand("ab") == .invalid)
    }
}
