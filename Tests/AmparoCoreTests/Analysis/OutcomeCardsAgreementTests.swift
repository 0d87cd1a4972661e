import Testing
@testable import AmparoCore

/// Path analysis finds outcome cards with a faster index; it must agree with the one rule,
/// ``Flow/outcomeCards(at:answers:)``, that the wizard, `decide` and the validator use.
@Suite("Outcome cards: one rule")
struct OutcomeCardsAgreementTests {
    private func expectAgreement(_ flow: Flow, limit: Int) {
        let paths = FlowAnalysis(flow: flow).paths(limit: limit)
        #expect(!paths.isEmpty)
        for path in paths {
            guard let outcome = path.outcome else { continue }
            var answers = Answers()
            for visit in path.visits { if let answer = visit.answer { answers[visit.stepID] = answer } }
            let expected = flow.outcomeCards(at: outcome, answers: answers).map(\.id)
            #expect(path.cards == expected, "\(flow.id): \(path.visits.map(\.stepID)) -> \(outcome)")
        }
    }

    @Test("the analysis fixture's paths show exactly the rule's cards")
    func fixture() throws {
        expectAgreement(try Fixtures.flow("analysis/door.yaml"), limit: 100)
    }

    @Test("every shipped flow's first paths show exactly the rule's cards")
    func shippedFlows() throws {
        for file in ShippedPlansTests.flowFiles {
            expectAgreement(try ShippedPlansTests.flow(file), limit: 300)
        }
    }
}
