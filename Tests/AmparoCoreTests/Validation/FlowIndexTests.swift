import Testing
@testable import AmparoCore

/// The id index the validator builds once per flow, and the graph built from it.
@Suite("Flow index")
struct FlowIndexTests {
    /// Repeated step and card ids, unknown references, a repeated target.
    static let yaml = """
        id: idx
        title: T
        summary: S
        jurisdiction: J
        version: 1
        review-by: 2099-01-01
        start: a
        steps:
          - id: a
            kind: single
            text: A?
            options:
              - {id: x, label: X, next: b}
              - {id: y, label: Y, next: ghost}
              - {id: z, label: Z, next: b}
            unsure: {next: end}
          - id: b
            kind: info
            text: B
            next:
              - if: 'a == "x"'
                to: end
              - to: end
          - id: b
            kind: info
            text: B again
            next: end
          - id: end
            kind: outcome
            text: End
            cards: [c2, nope, c1]
        cards:
          - {id: c1, title: T, body: B, facts: [phone-calls, missing]}
          - {id: c2, title: T, body: B, facts: [search-warrant]}
          - {id: c1, title: T, body: B, facts: []}

        """

    func flow() throws -> Flow {
        let loaded = FlowLoader.load(yaml: FlowIndexTests.yaml, file: "idx.yaml", facts: Fixtures.factBase)
        return try #require(loaded.flows.first, "\(loaded.diagnostics.map(\.headline))")
    }

    @Test func idsResolveToTheFirstItemWithThem() throws {
        let index = FlowIndex(try flow())
        #expect(index.stepPositions == ["a": 0, "b": 1, "end": 3])
        #expect(index.firstStep == [0, 1, 1, 3])
        #expect(index.firstCard == [0, 1, 0])
        #expect(index.start == 0)
    }

    @Test func referencesResolveInWrittenOrderWithUnknownsMarked() throws {
        let index = FlowIndex(try flow())
        #expect((0..<4).map { Array(index.targets[$0]) } == [[1, -1, 1, 3], [3, 3], [3], []])
        #expect((0..<4).map { index.targets.hasUnknown($0) } == [true, false, false, false])
        #expect(Array(index.listedCards[3]) == [1, -1, 0])
        #expect(index.listedCards.hasUnknown(3) && !index.listedCards.hasUnknown(0))
    }

    @Test func questionsAreStepsThatAsk() throws {
        let flow = try flow()
        let index = FlowIndex(flow)
        #expect(index.question("a", in: flow) == 0)
        #expect(index.question("b", in: flow) == nil)
        #expect(index.question("ghost", in: flow) == nil)
    }

    @Test func theGraphDropsUnknownAndRepeatedTargets() throws {
        let flow = try flow()
        let graph = FlowGraph(flow, index: FlowIndex(flow))
        #expect((0..<4).map { Array(graph.successors[$0]) } == [[1, 3], [3], [3], []])
        #expect((0..<4).map { Array(graph.predecessors[$0]) } == [[], [0], [], [0, 1, 2]])
        #expect((0..<4).map { graph.successors.count(of: $0) } == [2, 1, 1, 0])
        #expect(graph.successors.element(1, of: 0) == 3)
        #expect(graph.reachable == [true, true, false, true])
    }

    @Test func sharingTheIndexChangesNoProblem() throws {
        let flow = try flow()
        let context = ValidationContext(today: LocalDate("2026-11-26")!)
        let alone = FlowValidator.standardChecks.flatMap { $0.check(flow, context: context) }.sortedByPosition()
        let shared = FlowValidator(context: context).validate(flow)
        #expect(shared == alone)
        #expect(Set(shared.map(\.code)).isSuperset(of: [.duplicateID, .unknownStep, .unknownCard, .unknownFact,
                                                        .cardWithoutFacts]))
    }
}
