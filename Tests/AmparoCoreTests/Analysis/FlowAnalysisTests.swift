import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

@Suite("Path analysis")
struct FlowAnalysisTests {
    private func load(_ yaml: String) throws -> Flow {
        let result = FlowLoader.load(yaml: yaml, file: "generated.yaml", facts: Fixtures.factBase)
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.headline)
        guard errors.isEmpty, let flow = result.flows.first else { throw Fixtures.FixtureError.failed(errors) }
        return flow
    }

    @Test("the fixture's paths are counted exactly and match the listed paths")
    func countsMatchListing() throws {
        var analysis = FlowAnalysis(flow: try Fixtures.flow("analysis/door.yaml"))
        let tally = analysis.tally()
        // home: judicial 1 + administrative 8 + unsure 8; work 8; unsure 8 (needs: 7 subsets + unsure).
        #expect(tally.total == PathCount(33))
        #expect(tally.withoutCards == .zero)
        let paths = analysis.paths(limit: 100)
        #expect(paths.count == 33)
        #expect(Set(paths).count == 33)
        #expect(paths.allSatisfy { !$0.cards.isEmpty && $0.outcome != nil })
        let first = try #require(paths.first)
        #expect(first.visits.map(\.stepID) == ["where", "warrant"])
        #expect(first.outcome == "comply")
        #expect(first.cards == ["silent"])
    }

    @Test("listing stops at the limit")
    func listingLimit() throws {
        let analysis = FlowAnalysis(flow: try Fixtures.flow("analysis/door.yaml"))
        #expect(analysis.paths(limit: 5).count == 5)
    }

    @Test("a chain of 60 yes/no questions has 2^60 paths, counted at once", .timeLimit(.minutes(1)))
    func sixtyQuestionChain() throws {
        var analysis = FlowAnalysis(flow: try load(GeneratedFlows.chain(questions: 60)))
        let started = ContinuousClock.now
        let tally = analysis.tally()
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(tally.total == PathCount(1 << 60))
        #expect(tally.total.description == "1152921504606846976")
        #expect(tally.withoutCards == .zero)
    }

    @Test("a count past UInt64 saturates and says so")
    func saturation() throws {
        var analysis = FlowAnalysis(flow: try load(GeneratedFlows.chain(questions: 41, unsure: true)))
        let tally = analysis.tally()  // 3^41 ≈ 3.6e19 > UInt64.max
        #expect(tally.total.isSaturated)
        #expect(tally.total.description == "more than 18446744073709551615")
        #expect(!tally.total.isAtMost(200))
    }

    @Test("paths that show no card are counted and one is shown")
    func pathsWithoutCards() throws {
        var yaml = GeneratedFlows.header(id: "gap")
        yaml += """
          - id: q0
            kind: single
            text: Food?
            options:
              - id: "yes"
                label: "Yes"
              - id: "no"
                label: "No"
            unsure: {}
            next: q1
          - id: q1
            kind: multiple
            text: Needs?
            options:
              - id: a
                label: A
              - id: b
                label: B
              - id: c
                label: C
            next: end

        """
        yaml += GeneratedFlows.footer(cardCondition: #"q0 == "yes" or "b" in q1"#)
        var analysis = FlowAnalysis(flow: try load(yaml))
        let tally = analysis.tally()
        #expect(tally.total == PathCount(21))  // 3 × 7
        // No card: q0 is "no" or "unsure" and b unchecked: 2 × 3 subsets.
        #expect(tally.withoutCards == PathCount(6))
        let found = analysis.pathWithoutCards()
        let example = try #require(found)
        #expect(example.outcome == "end")
        let answers = Dictionary(uniqueKeysWithValues: example.visits.compactMap { visit in visit.answer.map { (visit.stepID, $0) } })
        #expect(answers["q0"] != .one("yes"))
        #expect(!(answers["q1"]?.includes("b") ?? true))
        #expect(analysis.paths(limit: 50).filter(\.reachesNoCard).count == 6)
    }

    @Test("coverage names the answers that show each card")
    func coverage() throws {
        let flow = try Fixtures.flow("analysis/door.yaml")
        let report = FlowAnalysis(flow: flow).cardCoverage()
        #expect(report.isComplete)
        let silent = try #require(report.cards.first { $0.card == "silent" })
        #expect(silent.outcomes == ["comply", "guidance"])
        #expect(silent.combinations == [AnswerCombination(constraints: [])])
        let admin = try #require(report.cards.first { $0.card == "admin-warrant" })
        #expect(admin.outcomes == ["guidance"])
        #expect(admin.combinations == [AnswerCombination(constraints: [
            AnswerConstraint(question: "warrant", answers: [.one("administrative"), .unsure]),
        ])])
        let food = try #require(report.cards.first { $0.card == "food-help" })
        let constraint = try #require(food.combinations.first?.constraints.first)
        #expect(food.combinations.count == 1)
        #expect(constraint.question == "needs")
        #expect(constraint.comparedOptions == ["food"])
        #expect(constraint.answers == [.many(["food"])])
        let wording = AnswerWording(flow: flow)
        #expect(wording.describe(constraint) == #"needs: "Food" checked"#)
    }

    @Test("a card shown whenever a question is asked says so, not 'any answers'")
    func askedAnyAnswer() throws {
        let yaml = try String(contentsOfFile: Fixtures.path("analysis/door.yaml"), encoding: .utf8)
            .replacingOccurrences(of: #"when: answered(warrant) and warrant in ["administrative", "unsure"]"#,
                                  with: "when: answered(warrant)")
        let flow = try load(yaml)
        let report = FlowAnalysis(flow: flow).cardCoverage()
        let admin = try #require(report.cards.first { $0.card == "admin-warrant" })
        let constraint = try #require(admin.combinations.first?.constraints.first)
        #expect(admin.combinations.count == 1)
        #expect(constraint.isAnyAnswer)
        #expect(AnswerWording(flow: flow).describe(constraint) == "warrant = any answer (the question is asked)")
    }

    @Test("a flow with a cycle (which the validator rejects) still ends: the cycle counts as a dead end",
          .timeLimit(.minutes(1)))
    func cycleTerminates() throws {
        var yaml = GeneratedFlows.header(id: "cycle")
        yaml += """
          - id: q0
            kind: single
            text: Go round?
            options:
              - id: "yes"
                label: "Yes"
                next: loop
              - id: "no"
                label: "No"
                next: end
          - id: loop
            kind: info
            text: Round we go
            next: q0

        """
        yaml += GeneratedFlows.footer(cardCondition: nil)
        let result = FlowLoader.load(yaml: yaml, file: "cycle.yaml", facts: Fixtures.factBase)
        let flow = try #require(result.flows.first)
        var analysis = FlowAnalysis(flow: flow)
        let tally = analysis.tally()
        #expect(tally.deadEnds.value >= 1)
        #expect(tally.withoutCards.value >= 1)
        #expect(analysis.paths(limit: 10).contains { $0.outcome == "end" })
        #expect(analysis.cardCoverage().cards.first?.outcomes == ["end"])
    }
}
