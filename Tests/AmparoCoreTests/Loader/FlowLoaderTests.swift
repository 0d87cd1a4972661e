import Foundation
import Testing
@testable import AmparoCore

@Suite("Flow loader")
struct FlowLoaderTests {
    @Test func loadsTheValidFixtureWithPositions() throws {
        let flow = try Fixtures.flow("valid/door.yaml")
        #expect(flow.id == "door")
        #expect(flow.version == "1")
        #expect(flow.reviewBy == LocalDate("2027-05-31"))
        #expect(flow.start.id == "where")
        #expect(flow.steps.map(\.id) == ["where", "warrant", "how-to-tell", "needs", "calls-guidance", "guidance"])
        #expect(flow.cards.map(\.id) == ["rights", "admin-warrant", "calls"])
        let warrant = try #require(flow.step("warrant"))
        #expect(warrant.kind == .single)
        #expect(warrant.location.line == 21)
        #expect(warrant.location.column == 9)
        #expect(warrant.unsure?.next?.id == "how-to-tell")
        #expect(warrant.next == .step(Ref(id: "needs", location: SourceLocation(file: warrant.location.file, line: 31, column: 11))))
        #expect(warrant.option("judicial")?.label.key == "door.step.warrant.option.judicial")
        let needs = try #require(flow.step("needs"))
        #expect(needs.unsure != nil && needs.unsure?.label == nil)
        guard case .rules(let rules) = needs.next else {
            Issue.record("expected rules")
            return
        }
        #expect(rules.count == 2)
        #expect(rules[0].condition?.description == #""calls" in needs"#)
        #expect(rules[1].condition == nil)
        let card = try #require(flow.card("admin-warrant"))
        #expect(card.urgent)
        #expect(card.say?.key == "door.card.admin-warrant.say")
        #expect(card.contacts.first?.name.key == "door.card.admin-warrant.contact.1.name")
        #expect(card.contacts.first?.hours?.english == "Every day")
        #expect(flow.source("penal-851-5")?.cite == "Cal. Penal Code § 851.5")
        #expect(flow.card("calls")?.facts.map(\.id) == ["phone-calls"])
        #expect(flow.basis(of: try #require(flow.card("calls"))).sources.map(\.id) == ["penal-851-5"])
        #expect(flow.notice?.english == "This is general information, not legal advice.")
    }

    @Test func textKeysFollowTheContract() throws {
        let flow = try Fixtures.flow("valid/door.yaml")
        #expect(flow.title.key == "door.title")
        #expect(flow.summary.key == "door.summary")
        #expect(flow.notice?.key == "door.notice")
        #expect(flow.step("where")?.text.key == "door.step.where.text")
        #expect(flow.card("rights")?.body.key == "door.card.rights.body")
    }

    @Test func conditionPositionsMapToTheFile() {
        let yaml = minimalFlow(cardExtra: "    when: where == \"hme\"\n")
        let result = FlowLoader.load(yaml: yaml, file: "t.yaml")
        let when = result.flows.first?.card("c")?.when
        guard case .equals(_, let option)? = when else {
            Issue.record("expected a parsed condition")
            return
        }
        #expect(option.location.line == 25)
        #expect(option.location.column == 21)
    }

    @Test func conditionErrorsPointIntoQuotedScalars() {
        let yaml = minimalFlow(cardExtra: "    when: 'answered(where) and where = \"home\"'\n")
        let result = FlowLoader.load(yaml: yaml, file: "t.yaml")
        #expect(result.diagnostics.map(\.code) == [.conditionSyntax])
        #expect(result.diagnostics.first?.location.column == 38)
        #expect(result.diagnostics.first?.message == "in condition: use '==' to compare, not '='")
    }

    /// Escapes shift the columns: `''` in single quotes and `\"` in double quotes are two
    /// characters in the file and one in the condition. The error must still point at the `=`.
    @Test(arguments: [
        "    when: answered(where) and \"home\" in where and where = \"home\"",
        "    when: 'answered(where) and ''home'' in where and where = \"home\"'",
        "    when: \"answered(where) and \\\"home\\\" in where and where = 'home'\"",
        "    when: \"answered(where) and \\x27home\\x27 in where and where = 'home'\"",
    ])
    func conditionErrorsPointPastEscapes(line: String) throws {
        let result = FlowLoader.load(yaml: minimalFlow(cardExtra: line + "\n"), file: "t.yaml")
        let equals = try #require(line.range(of: " = "))
        let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: equals.lowerBound) + 2
        #expect(result.diagnostics.map(\.code) == [.conditionSyntax])
        #expect(result.diagnostics.first.map { "\($0.location.line):\($0.location.column)" } == "25:\(column)")
    }

    @Test func unknownKeysAreReportedWithASuggestion() {
        let yaml = minimalFlow().replacingOccurrences(of: "summary:", with: "sumary:")
        let result = FlowLoader.load(yaml: yaml, file: "t.yaml")
        let unknown = result.diagnostics.first { $0.code == .unknownKey }
        #expect(unknown?.message == "unknown key 'sumary' in the flow")
        #expect(unknown?.suggestion == "summary")
        #expect(unknown?.location.line == 3)
        #expect(result.diagnostics.contains { $0.code == .missingField && $0.message == "missing 'summary' in the flow" })
    }

    @Test func textIsNormalizedToNFC() {
        let decomposed = "Vie\u{0323}\u{0302}t"
        let yaml = minimalFlow().replacingOccurrences(of: "title: T", with: "title: \(decomposed)")
        let flow = FlowLoader.load(yaml: yaml, file: "t.yaml").flows.first
        #expect(flow?.title.english.unicodeScalars.count == 4)
        #expect(flow?.title.english == "Việt")
    }

    /// Text whose scalars are all below U+0300 skips NFC by a byte check; Foundation agrees
    /// that NFC leaves every such character as it is, and a combining mark is still normalized.
    @Test func theQuickNFCCheckAgreesWithFoundation() {
        let latin = String(String.UnicodeScalarView((0x20..<0x300).compactMap(Unicode.Scalar.init)))
        #expect(latin.isTriviallyNFC)
        #expect(latin.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(latin.unicodeScalars))
        for text in ["e\u{301}", "\u{212B}", "Vie\u{323}\u{302}t", "\u{300}", "abcdefgh\u{301}"] {
            #expect(!text.isTriviallyNFC)
            #expect(text.nfcNormalized.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
        #expect("中文 và Tiếng Việt".isTriviallyNFC)
    }

    @Test func bareYesAsAnIdIsRefused() {
        let yaml = minimalFlow().replacingOccurrences(of: "id: home", with: "id: yes")
        let result = FlowLoader.load(yaml: yaml, file: "t.yaml")
        #expect(result.diagnostics.first?.message == "option id 'yes' reads as a boolean in YAML; quote it: \"yes\"")
    }

    @Test func loadsADirectoryInNameOrder() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try minimalFlow(id: "b").write(toFile: directory + "/b.yaml", atomically: true, encoding: .utf8)
        try minimalFlow(id: "a").write(toFile: directory + "/a.yaml", atomically: true, encoding: .utf8)
        try "not a flow".write(toFile: directory + "/notes.txt", atomically: true, encoding: .utf8)
        let result = FlowLoader.load(directory: directory)
        #expect(result.flows.map(\.id) == ["a", "b"])
        #expect(result.files.map { ($0 as NSString).lastPathComponent } == ["a.yaml", "b.yaml"])
    }
}

/// A small valid flow; `cardExtra` is appended to its only card (line 25 is the first extra line).
/// Its card rests on `phone-calls` of the test fact base (`Fixtures.factBase`).
func minimalFlow(id: String = "t", cardExtra: String = "") -> String {
    """
    id: \(id)
    title: T
    summary: S
    jurisdiction: California, USA
    version: 1
    review-by: 2099-01-01
    start: where
    steps:
      - id: where
        kind: single
        text: Where?
        options:
          - id: home
            label: Home
        next: done
      - id: done
        kind: outcome
        text: Done
        cards: [c]
    cards:
      - id: c
        title: Card
        body: Body
        facts: [phone-calls]
    """ + "\n" + cardExtra
}
