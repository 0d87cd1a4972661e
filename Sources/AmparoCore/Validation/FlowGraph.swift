/// The steps of a flow as a graph of indices, for the structural checks: successors and
/// predecessors (existing steps only), what the start reaches, and a topological order. Every
/// walk is iterative, so a 100,000-step chain cannot overflow the stack.
struct FlowGraph {
    let flow: Flow
    /// Step id → index into `flow.steps` (the first of duplicate ids).
    let index: [String: Int]
    /// Successor indices per step, in written order, without repeats.
    let successors: [[Int]]
    /// Predecessor indices per step.
    let predecessors: [[Int]]
    /// The start step's index, when it exists.
    let start: Int?

    init(_ flow: Flow) {
        self.flow = flow
        var index: [String: Int] = [:]
        for (position, step) in flow.steps.enumerated() where index[step.id] == nil {
            index[step.id] = position
        }
        self.index = index
        var successors: [[Int]] = []
        var predecessors = [[Int]](repeating: [], count: flow.steps.count)
        for (position, step) in flow.steps.enumerated() {
            let next = step.successors.compactMap { index[$0.id] }
            successors.append(next)
            for target in next { predecessors[target].append(position) }
        }
        self.successors = successors
        self.predecessors = predecessors
        start = index[flow.start.id]
    }

    /// Which steps the start reaches.
    var reachable: [Bool] {
        var seen = [Bool](repeating: false, count: flow.steps.count)
        guard let start else { return seen }
        var stack = [start]
        seen[start] = true
        while let node = stack.popLast() {
            for next in successors[node] where !seen[next] {
                seen[next] = true
                stack.append(next)
            }
        }
        return seen
    }

    /// The steps reachable from the start in topological order (reverse postorder), or `nil`
    /// when they contain a cycle.
    var topologicalOrder: [Int]? {
        guard let start else { return [] }
        var state = [UInt8](repeating: 0, count: flow.steps.count) // 0 new, 1 on stack, 2 done
        var postorder: [Int] = []
        var stack: [(node: Int, next: Int)] = [(start, 0)]
        state[start] = 1
        while !stack.isEmpty {
            let (node, position) = stack[stack.count - 1]
            if position < successors[node].count {
                stack[stack.count - 1].next += 1
                let child = successors[node][position]
                if state[child] == 1 { return nil }
                if state[child] == 0 {
                    state[child] = 1
                    stack.append((child, 0))
                }
            } else {
                state[node] = 2
                postorder.append(node)
                stack.removeLast()
            }
        }
        return postorder.reversed()
    }
}
