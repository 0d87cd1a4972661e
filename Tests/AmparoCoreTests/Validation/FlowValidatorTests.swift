import AmparoTestSupport
import Testing
@testable import AmparoCore

/// Behaviour of the checks beyond their fixtures: what they accept, and the harder cases.
@Suite("Flow validator")
struct FlowValidatorTests {
    /// The `door` fixture with `edit` applied, validated on a fixed day.
    func diagnostics(_ edit: (String) -> String = { $0 }) throws -> [Diagnostic] {
        let text = try String(contentsOfFile: Fixtures.path("valid/door.yaml"), encoding: .utf8)
        let loaded = FlowLoader.load(yaml: edit(text), file: "door.yaml", facts: Fixtures.factBase)
        let validator = FlowValidator(context: ValidationContext(today: LocalDate("2026-11-26")!))
        return loaded.diagnostics + loaded.flows.flatMap(validator.validate)
    }

    func codes(_ edit: @escaping (String) -> String) throws -> [DiagnosticCode] {
        try diagnostics(edit).map(\.code)
    }

    @Test func theValidFixtureIsClean() throws {
        #expect(try diagnostics().map(\.headline) == [])
    }

    @Test func answeredGuardsAQuestionNotAskedOnEveryPath() throws {
        // `warrant` is asked only on the "home" path; admin-warrant guards it with answered().
        #expect(try codes { $0.replacingOccurrences(of: "when: answered(warrant) and ", with: "when: ") } == [.questionMaybeUnasked])
        #expect(try codes { $0.replacingOccurrences(of: "when: answered(warrant) and warrant in",
                                                    with: "when: not answered(warrant) or warrant in") } == [])
        #expect(try codes { $0.replacingOccurrences(of: "when: answered(warrant) and warrant in",
                                                    with: "when: answered(warrant) or warrant in") } == [.questionMaybeUnasked])
    }

    @Test func aRuleMayReadItsOwnStepAndQuestionsOnEveryPath() throws {
        #expect(try codes { $0.replacingOccurrences(of: #"'"calls" in needs'"#, with: #"'"calls" in needs and where == "home"'"#) } == [])
        #expect(try codes { $0.replacingOccurrences(of: #"'"calls" in needs'"#, with: #"'"calls" in needs and warrant == "judicial"'"#) }
                == [.questionMaybeUnasked])
    }

    @Test func unknownIdsGetSuggestions() throws {
        let found = try diagnostics { $0.replacingOccurrences(of: #"'"calls" in needs'"#, with: #"'"cals" in neds'"#) }
        #expect(found.map(\.message) == ["unknown question 'neds'"])
        #expect(found.map(\.suggestion) == ["needs"])
        let option = try diagnostics { $0.replacingOccurrences(of: #"'"calls" in needs'"#, with: #"'"cals" in needs'"#) }
        #expect(option.map(\.message) == ["question 'needs' has no option 'cals'"])
        #expect(option.map(\.suggestion) == ["calls"])
    }

    @Test func outcomesAreCheckedOverEveryCombinationOfCheckedOptions() throws {
        // guidance relies on matching alone: a card for "door" checked, none for "calls" only.
        let edited = try diagnostics {
            $0.replacingOccurrences(of: "    cards: [rights]\n", with: "    cards: []\n")
                .replacingOccurrences(of: "      - if: '\"calls\" in needs'\n        to: calls-guidance\n", with: "")
                .replacingOccurrences(of: "    facts: [search-warrant]\n  - id: admin-warrant",
                                      with: "    facts: [search-warrant]\n    when: '\"door\" in needs'\n  - id: admin-warrant")
        }
        #expect(edited.map(\.code).contains(.outcomeWithoutCards))
        let message = edited.first { $0.code == .outcomeWithoutCards }?.message ?? ""
        #expect(message.hasPrefix("outcome 'guidance' shows no card when "))
    }

    @Test func cyclesNameTheLoop() throws {
        let found = try diagnostics { $0.replacingOccurrences(of: "    text: How to tell a judge's warrant from an ICE form\n    next: needs",
                                                              with: "    text: How to tell a judge's warrant from an ICE form\n    next: where") }
        let cycle = try #require(found.first { $0.code == .cycle })
        #expect(cycle.notes == ["note: the loop is where -> warrant -> how-to-tell -> where"])
    }

    @Test func aCardWithAWhenIsUnreachableWithoutAMatchingOutcome() throws {
        let found = try diagnostics { $0.replacingOccurrences(of: "    cards: [rights]\n", with: "    cards: [rights]\n    show-matching: false\n")
            .replacingOccurrences(of: "    cards: [calls]\n", with: "    cards: [calls]\n    show-matching: false\n") }
        #expect(found.map(\.message) == ["card 'admin-warrant' is never shown: no reachable outcome lists it or shows matching cards"])
    }

    @Test func aFlowPastItsReviewByDateIsWarned() throws {
        let validator = FlowValidator(context: ValidationContext(today: LocalDate("2027-06-01")!))
        let flow = try Fixtures.flow("valid/door.yaml")
        #expect(validator.validate(flow).map(\.code) == [.reviewOverdue])
    }

    @Test func shippedContentValidatesClean() throws {
        let root = DiagnosticsDocument.path.replacingOccurrences(of: "/docs/diagnostics.md", with: "")
        let report = ContentValidator().validate(content: ContentDirectory(root: root, origin: "test"))
        #expect(report.files.count >= 4)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.headline) == [])
        // Every card rests on at least one current fact.
        for flow in report.flows {
            for card in flow.cards {
                let current = flow.basis(of: card).facts.filter(\.isCurrent)
                #expect(!current.isEmpty, "\(flow.id)/\(card.id)")
            }
        }
    }

    @Test func aLongChainValidatesWithoutRecursion() {
        let yaml = GeneratedFlows.infoChain(steps: 20_000)
        let loaded = FlowLoader.load(yaml: yaml, file: "chain.yaml", facts: Fixtures.factBase)
        #expect(loaded.diagnostics.isEmpty)
        let flow = loaded.flows[0]
        #expect(FlowValidator(context: ValidationContext(today: LocalDate("2026-11-26")!)).validate(flow).isEmpty)
        #expect(flow.longestQuestionPath(from: "s0") == 0)
    }
}
