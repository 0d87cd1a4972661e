/// Runs a flow's test plan: walks each case with ``Decider`` and reports every way a case misses
/// (wrong outcome, wrong cards or order, a citation not shown, an answer never used, a question
/// left unanswered), and every outcome and card that no case reaches.
public struct TestPlanRunner {
    /// The flow under test.
    public var flow: Flow

    /// Creates a runner.
    public init(flow: Flow) {
        self.flow = flow
    }

    /// What running a plan found.
    public struct Result: Sendable {
        /// One line per problem, naming the case.
        public var problems: [String]
        /// Outcome step ids no case reaches.
        public var unreachedOutcomes: [String]
        /// Card ids no case shows.
        public var unshownCards: [String]
    }

    /// Runs every case of `plan`.
    public func run(_ plan: TestPlan) -> Result {
        var problems: [String] = []
        if plan.flow != flow.id { problems.append("the plan is for flow '\(plan.flow)', not '\(flow.id)'") }
        var reached = Set<String>()
        var shown = Set<String>()
        for testCase in plan.cases {
            let label = "case '\(testCase.name)'"
            let decision: Decision
            do {
                decision = try Decider.decide(flow, answers: testCase.answers.mapValues(\.ids))
            } catch {
                problems.append("\(label): \(error)")
                continue
            }
            reached.insert(decision.outcome.id)
            let cards = decision.cards.map(\.id)
            shown.formUnion(cards)
            if decision.outcome.id != testCase.outcome {
                problems.append("\(label): reached outcome '\(decision.outcome.id)', expected '\(testCase.outcome)'")
            }
            if cards != testCase.cards {
                problems.append("\(label): shows cards [\(cards.joined(separator: ", "))], "
                    + "expected [\(testCase.cards.joined(separator: ", "))]")
            }
            let cited = Set(flow.sources(of: decision.cards).map(\.id))
            for citation in testCase.citations ?? [] where !cited.contains(citation) {
                problems.append("\(label): no shown card cites '\(citation)'")
            }
            let shownText = TestPlanRunner.comparable(decision.cards.flatMap(CardText.texts(of:)).map(\.english)
                .joined(separator: " "))
            for words in testCase.says where !shownText.contains(TestPlanRunner.comparable(words)) {
                problems.append("\(label): no shown card says \"\(words)\"")
            }
            for words in testCase.neverSays where shownText.contains(TestPlanRunner.comparable(words)) {
                problems.append("\(label): a shown card says \"\(words)\", which it must not")
            }
            for unused in decision.unusedAnswers {
                problems.append("\(label): the answer for '\(unused)' is never used (the path does not ask it)")
            }
        }
        let outcomes = flow.steps.filter { $0.kind.isOutcome }.map(\.id)
        return Result(problems: problems,
                      unreachedOutcomes: outcomes.filter { !reached.contains($0) },
                      unshownCards: flow.cards.map(\.id).filter { !shown.contains($0) })
    }

    /// Text as plans compare it: lower case, runs of white space as one space, curly quotes straight.
    static func comparable(_ text: String) -> String {
        let straight = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        return straight.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
