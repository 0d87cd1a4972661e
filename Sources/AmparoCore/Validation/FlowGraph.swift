/// The steps of a flow as a graph of indices, for the structural checks: successors and
/// predecessors (existing steps only), what the start reaches, and a topological order. Every
/// walk is iterative, so a 100,000-step chain cannot overflow the stack.
struct FlowGraph {
    let flow: Flow
    /// Successor indices per step, in written order, without repeats.
    let successors: PositionLists
    /// Predecessor indices per step, in step order.
    let predecessors: PositionLists
    /// The start step's index, when it exists.
    let start: Int?
    /// Which steps the start reaches.
    let reachable: [Bool]

    /// The graph of `flow`, whose ids `index` resolves.
    init(_ flow: Flow, index: FlowIndex) {
        self.flow = flow
        let count = flow.steps.count
        var successors = PositionLists()
        for position in 0..<count {
            let first = successors.values.count
            // Most steps have a few targets: a linear search beats a set.
            for target in index.targets[position]
            where target >= 0 && !successors.values[first...].contains(target) {
                successors.append(target)
            }
            successors.endList()
        }
        self.successors = successors
        predecessors = successors.inverted(positions: count)
        start = index.start
        reachable = FlowGraph.reach(from: index.start, successors: successors)
    }

    private static func reach(from start: Int?, successors: PositionLists) -> [Bool] {
        var seen = [Bool](repeating: false, count: successors.count)
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
            if position < successors.count(of: node) {
                stack[stack.count - 1].next += 1
                let child = successors.element(position, of: node)
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
