/// Walks every path of an acyclic flow with every relevant answer, to find outcomes that can show
/// no card. States are (step, answers projected onto the questions still read from that step),
/// so paths that differ only in answers nobody reads later are explored once.
struct AnswerSpaceSearch {
    private let flow: Flow
    private let graph: FlowGraph
    private let index: FlowIndex
    /// Questions read from each step onwards.
    private var relevant: [Set<String>]
    /// Options that conditions test, per multiple-choice question.
    private var testedOptions: [String: Set<String>] = [:]

    init(flow: Flow, graph: FlowGraph, index: FlowIndex, order: [Int]) {
        self.flow = flow
        self.graph = graph
        self.index = index
        let cardReads = Set(flow.cards.compactMap(\.when).flatMap { $0.questions.map(\.id) })
        relevant = [Set<String>](repeating: [], count: flow.steps.count)
        for node in order.reversed() {
            let step = flow.steps[node]
            var reads = Set<String>()
            if case .rules(let rules) = step.next {
                reads.formUnion(rules.compactMap(\.condition).flatMap { $0.questions.map(\.id) })
            }
            if step.kind == .outcome, step.showMatching { reads.formUnion(cardReads) }
            for next in graph.successors[node] { reads.formUnion(relevant[next]) }
            relevant[node] = reads
        }
        for condition in flow.conditions {
            for (question, options) in condition.comparisons {
                testedOptions[question.id, default: []].formUnion(options.map(\.id))
            }
        }
    }

    private struct State: Hashable {
        var step: Int
        var answers: Answers
    }

    mutating func run(budget: Int, maximumTestedOptions: Int) -> [Diagnostic] {
        guard let start = graph.start else { return [] }
        var seen: Set<State> = [State(step: start, answers: Answers())]
        var stack = [State(step: start, answers: Answers())]
        /// How each state was first reached, to show the path of a problem.
        var cameFrom: [State: (state: State, answer: Answer?)] = [:]
        var reported = Set<Int>()
        var diagnostics: [Diagnostic] = []
        while let state = stack.popLast() {
            let step = flow.steps[state.step]
            if step.kind == .outcome {
                if !reported.contains(state.step), !shows(step, state.answers) {
                    reported.insert(state.step)
                    diagnostics.append(Diagnostic(.outcomeWithoutCards,
                        "outcome '\(step.id)' shows no card when " + describe(state.answers), at: step.location,
                        notes: ["note: for example, after " + path(to: state, cameFrom)]))
                }
                continue
            }
            guard let choices = answers(for: step, maximumTestedOptions: maximumTestedOptions) else {
                return diagnostics + [overBudget("question '\(step.id)' tests more than \(maximumTestedOptions) options")]
            }
            for choice in choices {
                var answers = state.answers
                if let choice { answers[step.id] = choice }
                guard let target = route(step, choice, answers), let next = index.stepPositions[target] else { continue }
                var projected = Answers()
                for question in relevant[next] {
                    if let answer = answers[question] { projected[question] = answer }
                }
                let successor = State(step: next, answers: projected)
                if seen.insert(successor).inserted {
                    cameFrom[successor] = (state, choice)
                    if seen.count > budget { return diagnostics + [overBudget("more than \(budget) answer combinations")] }
                    stack.append(successor)
                }
            }
        }
        return diagnostics
    }

    private func shows(_ step: Step, _ answers: Answers) -> Bool {
        !flow.outcomeCards(of: step, answers: answers).isEmpty
    }

    /// The answers worth distinguishing at a step (`[nil]` for an info step), or `nil` when a
    /// multiple-choice question tests too many options to enumerate.
    private func answers(for step: Step, maximumTestedOptions: Int) -> [Answer?]? {
        let unsure: [Answer?] = step.unsure == nil ? [] : [.unsure]
        switch step.kind {
        case .single:
            return step.options.map { .one($0.id) } + unsure
        case .multiple:
            let all = step.options.map(\.id)
            let tested = all.filter { testedOptions[step.id]?.contains($0) ?? false }
            guard tested.count <= maximumTestedOptions else { return nil }
            var result: [Answer?] = []
            for mask in 0..<(1 << tested.count) {
                let checked = Set(tested.indices.filter { mask & (1 << $0) != 0 }.map { tested[$0] })
                if checked.isEmpty && tested.count == all.count { continue }
                result.append(.many(checked))
            }
            return result + unsure
        case .info, .outcome:
            return [nil]
        }
    }

    private func route(_ step: Step, _ answer: Answer?, _ answers: Answers) -> String? {
        switch answer {
        case .one(let option)?:
            if let next = step.option(option)?.next { return next.id }
        case .unsure?:
            if let next = step.unsure?.next { return next.id }
        default:
            break
        }
        return step.next?.resolve(answers)?.id
    }

    private func describe(_ answers: Answers) -> String {
        guard !answers.isEmpty else { return "no question its cards read is answered" }
        return answers.questions.map { question -> String in
            switch answers[question]! {
            case .one(let option): return "\(question) == \"\(option)\""
            case .unsure: return "\(question) == \"unsure\""
            case .many(let options) where options.isEmpty: return "\(question) has no tested option checked"
            case .many(let options): return "\(question) has " + options.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + " checked"
            }
        }.joined(separator: " and ")
    }

    /// The steps and answers on the first path found to `state`, e.g. `where = "home", how-to-tell`.
    private func path(to state: State, _ cameFrom: [State: (state: State, answer: Answer?)]) -> String {
        var parts: [String] = []
        var current = state
        while let (previous, answer) = cameFrom[current] {
            let id = flow.steps[previous.step].id
            switch answer {
            case .one(let option)?: parts.append("\(id) = \"\(option)\"")
            case .unsure?: parts.append("\(id) = \"unsure\"")
            case .many(let options)? where options.isEmpty: parts.append("\(id) = {no tested option}")
            case .many(let options)?: parts.append("\(id) = {" + options.sorted().map { "\"\($0)\"" }.joined(separator: ", ") + "}")
            case nil: parts.append(id)
            }
            current = previous
        }
        return parts.reversed().joined(separator: ", ")
    }

    private func overBudget(_ reason: String) -> Diagnostic {
        Diagnostic(.checkBudgetExceeded,
                   "did not finish checking that every outcome shows a card: \(reason)", at: flow.location)
    }
}
