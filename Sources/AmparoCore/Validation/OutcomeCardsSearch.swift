/// The outcome-cards check's walk over every answer combination, on the one answer-space
/// engine that path analysis and review use (`AnalysisTransitions`): states are a step plus the
/// answers conditions can still read, projected onto the options they compare, so paths that
/// differ only in answers nobody reads later are explored once. Within a budget of states, it
/// finds every outcome that some combination leaves with no card, with an example path.
struct OutcomeCardsSearch {
    private let flow: Flow
    private let index: AnalysisIndex
    private let transitions: AnalysisTransitions
    /// The questions the cards' conditions read: what an outcome's message names.
    private let cardReads: Set<String>

    init(flow: Flow) {
        self.flow = flow
        index = AnalysisIndex(flow: flow)
        transitions = AnalysisTransitions(flow: flow, index: index)
        cardReads = Set(flow.cards.compactMap(\.when).flatMap { $0.questions.map(\.id) })
    }

    /// How a state was first reached: the state before, and the answer given there (as given,
    /// and as the state records it).
    private typealias Arrival = (state: AnalysisState, answer: Answer?, projected: Answer?)

    func run(budget: Int, maximumTestedOptions: Int) -> [Diagnostic] {
        if let crowded = flow.steps.first(where: { step in
            switch step.kind.answerShape {
            case .many: (index.comparedOptions[step.id]?.count ?? 0) > maximumTestedOptions  // 2^n subsets
            case .one, .none: false
            }
        }) {
            return [overBudget("question '\(crowded.id)' tests more than \(maximumTestedOptions) options")]
        }
        let start = transitions.start
        var seen: Set<AnalysisState> = [start]
        var stack = [start]
        var cameFrom: [AnalysisState: Arrival] = [:]
        var reported = Set<String>()
        var diagnostics: [Diagnostic] = []
        while let state = stack.popLast() {
            guard let step = flow.step(state.step) else { continue }
            if step.kind.isOutcome {
                if !reported.contains(step.id), transitions.cards(at: state).isEmpty {
                    reported.insert(step.id)
                    diagnostics.append(Diagnostic(.outcomeWithoutCards,
                        "outcome '\(step.id)' shows no card when " + describe(state, cameFrom), at: step.location,
                        notes: ["note: for example, after " + path(to: state, cameFrom)]))
                }
                continue
            }
            for way in transitions.from(state) {
                guard let next = way.next, seen.insert(next).inserted else { continue }
                cameFrom[next] = (state, way.answer, way.projected)
                if seen.count > budget { return diagnostics + [overBudget("more than \(budget) answer combinations")] }
                stack.append(next)
            }
        }
        return diagnostics
    }

    /// The answers the cards' conditions read at `state`: a single choice as given on the path
    /// that found it, a multiple choice as the options conditions test.
    private func describe(_ state: AnalysisState, _ cameFrom: [AnalysisState: Arrival]) -> String {
        let questions = state.answers.keys.filter(cardReads.contains).sorted()
        guard !questions.isEmpty else { return "no question its cards read is answered" }
        var given: [String: Answer] = [:]
        var current = state
        while let arrival = cameFrom[current] {
            if given[arrival.state.step] == nil, let answer = arrival.answer { given[arrival.state.step] = answer }
            current = arrival.state
        }
        return questions.map { question -> String in
            let projected = state.answers[question]
            // One option is named as given; a set by the compared options it holds.
            let shown = switch flow.step(question)?.kind.answerShape {
            case .many?: projected
            case .one?, .none?, nil: given[question] ?? projected
            }
            switch shown {
            case .one(let option)?: return "\(question) == \"\(option)\""
            case .unsure?: return "\(question) == \"unsure\""
            case .many(let options)? where options.isEmpty: return "\(question) has no tested option checked"
            case .many(let options)?: return "\(question) has " + options.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + " checked"
            case nil: return "\(question) unanswered"
            }
        }.joined(separator: " and ")
    }

    /// The steps and answers on the first path found to `state`, e.g. `where = "home", how-to-tell`.
    private func path(to state: AnalysisState, _ cameFrom: [AnalysisState: Arrival]) -> String {
        var parts: [String] = []
        var current = state
        while let arrival = cameFrom[current] {
            let id = arrival.state.step
            let shown = switch flow.step(id)?.kind.answerShape {
            case .many?: arrival.projected
            case .one?, .none?, nil: arrival.answer
            }
            switch shown {
            case .one(let option)?: parts.append("\(id) = \"\(option)\"")
            case .unsure?: parts.append("\(id) = \"unsure\"")
            case .many(let options)? where options.isEmpty: parts.append("\(id) = {no tested option}")
            case .many(let options)?: parts.append("\(id) = {" + options.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + "}")
            case nil: parts.append(id)
            }
            current = arrival.state
        }
        return parts.reversed().joined(separator: ", ")
    }

    private func overBudget(_ reason: String) -> Diagnostic {
        Diagnostic(.checkBudgetExceeded,
                   "did not finish checking that every outcome shows a card: \(reason)", at: flow.location)
    }
}
