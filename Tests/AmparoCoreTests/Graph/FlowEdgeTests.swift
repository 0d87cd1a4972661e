import Testing
@testable import AmparoCore

/// The graph's edges are read from `Step.answerRoute(for:)`, the routing half of
/// `Step.route(for:answers:)`, so they can never say an answer leads elsewhere than the session
/// takes it.
@Suite("Graph edges: one route")
struct FlowEdgeTests {
    @Test("the door fixture's edges: options joined by target, unsure dashed, rules labelled")
    func door() throws {
        let flow = try Fixtures.flow("valid/door.yaml")
        let edges = flow.edges().map { "\($0.from) -> \($0.to) \($0.kind): \($0.label)" }
        #expect(edges == [
            "where -> warrant choice: At home",
            "where -> needs choice: At work",
            "warrant -> needs choice: Yes, signed by a judge / It is an ICE form",
            "warrant -> how-to-tell unsure: I don't know",
            "how-to-tell -> needs next: ",
            "needs -> calls-guidance rule: if \"calls\" in needs",
            "needs -> guidance rule: otherwise",
        ])
    }

    /// Every answer's edge goes where the session would take it (answers that fall to `next`
    /// rules are drawn by the rule edges, checked in `door`).
    private func expectEdgesFollowRoutes(_ flow: Flow) {
        let edges = flow.edges()
        for step in flow.steps {
            var answers: [(Answer, FlowEdge.Kind)] = []
            var plainKind = FlowEdge.Kind.next
            switch step.kind.behaviour {
            case .chooseOne:
                answers = step.options.map { (.one($0.id), .choice) }
                plainKind = .choice
            case .chooseMany, .read, .showCards:
                break
            }
            if step.unsure != nil { answers.append((.unsure, .unsure)) }
            for (answer, ownKind) in answers {
                let own = step.answerRoute(for: answer) != .stepNext
                if !own, case .rules? = step.next { continue }
                guard let target = step.route(for: answer, answers: Answers()) else { continue }
                let kind = own ? ownKind : (ownKind == .unsure && plainKind == .choice ? .unsure : plainKind)
                #expect(edges.contains { $0.from == step.id && $0.to == target.id && $0.kind == kind },
                        "\(flow.id): \(step.id) \(answer) -> \(target.id)")
            }
        }
    }

    @Test("every edge of the fixture and of each shipped flow agrees with the route")
    func shippedFlows() throws {
        expectEdgesFollowRoutes(try Fixtures.flow("valid/door.yaml"))
        for file in ShippedPlansTests.flowFiles {
            expectEdgesFollowRoutes(try ShippedPlansTests.flow(file))
        }
    }
}
