/// Flows are acyclic, so every path ends. Reports each edge that closes a cycle, with the cycle.
struct CycleCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        let graph = context.graph(of: flow)
        let firstStep = context.index(of: flow).firstStep
        var state = [UInt8](repeating: 0, count: flow.steps.count) // 0 new, 1 on stack, 2 done
        var diagnostics: [Diagnostic] = []
        for root in flow.steps.indices where state[root] == 0 && firstStep[root] == root {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while !stack.isEmpty {
                let (node, position) = stack[stack.count - 1]
                guard position < graph.successors.count(of: node) else {
                    state[node] = 2
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let child = graph.successors.element(position, of: node)
                if state[child] == 1 {
                    diagnostics.append(cycle(closedBy: node, to: child, path: stack.map(\.node), flow: flow))
                } else if state[child] == 0 {
                    state[child] = 1
                    stack.append((child, 0))
                }
            }
        }
        return diagnostics
    }

    private func cycle(closedBy node: Int, to target: Int, path: [Int], flow: Flow) -> Diagnostic {
        let step = flow.steps[node]
        let targetID = flow.steps[target].id
        let loop = path.drop { $0 != target }.map { flow.steps[$0].id } + [targetID]
        let edge = step.successors.first { $0.id == targetID }
        return Diagnostic(.cycle, "step '\(step.id)' leads back to '\(targetID)'; flows must not loop",
                          at: edge?.location ?? step.location,
                          notes: ["note: the loop is " + loop.joined(separator: " -> ")])
    }
}
