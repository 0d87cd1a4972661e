import Foundation
import Testing
@testable import AmparoCore

/// Every example of docs/flow-format.md is a fixture in `Fixtures/docs/`, in order. The whole
/// flow validates clean on the facts and sources of the next two examples; each fragment loads
/// without a problem when put in a flow (or, for facts and sources, in a facts file).
@Suite("Flow-format examples")
struct DocsExamplesTests {
    static var examples: [String] {
        let path = URL(fileURLWithPath: DiagnosticsDocument.path).deletingLastPathComponent()
            .appendingPathComponent("flow-format.md").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    static var fixtures: [String] {
        let directory = Fixtures.path("docs")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        return names.map { directory + "/" + $0 }
    }

    @Test func everyExampleIsAFixture() throws {
        let examples = Self.examples
        let fixtures = try Self.fixtures.map { try String(contentsOfFile: $0, encoding: .utf8) }
        #expect(examples.count == 10)
        #expect(fixtures.count == examples.count)
        for (index, (example, fixture)) in zip(examples, fixtures).enumerated() {
            #expect(example == fixture, "example \(index + 1) differs from \(Self.fixtures[index])")
        }
    }

    @Test func theWholeFlowValidatesClean() throws {
        let text = try String(contentsOfFile: try #require(Self.fixtures.first), encoding: .utf8)
        let facts = try Self.factBase()
        #expect(facts.diagnostics.map(\.headline) == [])
        let loaded = FlowLoader.load(yaml: text, file: "demo.yaml", facts: facts.base)
        let flow = try #require(loaded.flows.first)
        let today = LocalDate("2026-12-02")!
        let validator = FlowValidator(context: ValidationContext(today: today))
        let content = LoadedContent(flows: [flow], flowFiles: ["demo.yaml"], factBase: facts.base, localizationDirectory: nil, today: today)
        let whole = FactBaseCheck().check(content).diagnostics + AttorneyReviewCheck().check(content).diagnostics
        #expect((loaded.diagnostics + validator.validate(flow) + whole).map(\.headline) == [])
        #expect(flow.basis(of: try #require(flow.card("calls"))).sources.map(\.id) == ["penal-851-5"])
        var session = Session(flow: flow)
        try session.answer(.one("yes"))
        #expect(session.outcomeCards.map(\.id) == ["calls"])
    }

    /// The fact base of the facts and sources examples, with no attorney review.
    static func factBase() throws -> FactLoadResult {
        let facts = try Data(contentsOf: URL(fileURLWithPath: fixtures[1]))
        let sources = try Data(contentsOf: URL(fileURLWithPath: fixtures[2]))
        return FactLoader.load(files: [("Facts/attorney-review.yaml", Data("attorney-review: none\n".utf8)),
                                       ("Facts/phone.yaml", facts), ("Facts/sources.yaml", sources)])
    }

    @Test(arguments: 2...10)
    func fragmentLoadsInAFlow(number: Int) throws {
        let fragment = try String(contentsOfFile: Self.fixtures[number - 1], encoding: .utf8)
        if fragment.hasPrefix("facts:") || fragment.hasPrefix("sources:") {
            let name = fragment.hasPrefix("facts:") ? "Facts/topic.yaml" : "Facts/sources.yaml"
            let loaded = FactLoader.load(files: [(name, Data(fragment.utf8))])
            #expect(loaded.diagnostics.map(\.headline) == [])
            #expect(loaded.base.facts.count + loaded.base.sources.count >= 1)
            return
        }
        let loaded = FlowLoader.load(yaml: Self.host(for: fragment), file: "demo.yaml")
        #expect(loaded.diagnostics.map(\.headline) == [])
        let flow = try #require(loaded.flows.first)
        let id = fragment.split(separator: "\n").first { $0.contains("- id: ") }?
            .components(separatedBy: " #")[0]
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "")
        if fragment.hasPrefix("cards:") {
            #expect(flow.card(id ?? "")?.when != nil)
        } else if fragment.hasPrefix("    next:") {
            guard case .rules(let rules)? = flow.step("host")?.next else {
                Issue.record("expected routing rules")
                return
            }
            #expect(rules.map { $0.condition == nil } == [false, false, true])
        } else {
            #expect(flow.step(id ?? "") != nil)
        }
    }

    /// A flow holding the fragment where it belongs.
    static func host(for fragment: String) -> String {
        let head = """
            id: demo
            title: Host
            summary: Holds an example.
            jurisdiction: California, USA
            version: 1
            review-by: 2027-05-31

            """
        let cards = fragment.hasPrefix("cards:") ? fragment : "cards: []\n"
        var steps = "steps:\n"
        if fragment.hasPrefix("  - id:") {
            steps += fragment
        } else if fragment.hasPrefix("    next:") {
            steps += "  - id: host\n    kind: info\n    text: Host\n" + fragment
        }
        if steps == "steps:\n" { steps = "steps: []\n" }
        return head + "start: host\n" + steps + cards
    }
}
