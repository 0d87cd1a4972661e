/// Dominators of an acyclic flow graph: step `a` dominates `b` when every path from the start
/// to `b` passes through `a`. A question is answered on every path reaching a step exactly when
/// it dominates that step. (Cooper, Harvey and Kennedy's algorithm, one pass in topological order.)
struct Dominators {
    private var preorder: [Int]
    private var postorder: [Int]

    /// `nil` when the reachable part of the graph has a cycle.
    init?(_ graph: FlowGraph) {
        guard let order = graph.topologicalOrder, let start = graph.start else { return nil }
        let count = graph.flow.steps.count
        var rank = [Int](repeating: -1, count: count)
        for (position, node) in order.enumerated() { rank[node] = position }
        var idom = [Int](repeating: -1, count: count)
        idom[start] = start
        for node in order where node != start {
            var candidate = -1
            for predecessor in graph.predecessors[node] where idom[predecessor] != -1 {
                candidate = candidate == -1 ? predecessor : Dominators.intersect(predecessor, candidate, idom, rank)
            }
            idom[node] = candidate
        }
        // The dominator tree as linked lists (first child, next sibling; children in topological
        // order), so that no node needs an array of its own.
        var firstChild = [Int](repeating: -1, count: count)
        var lastChild = [Int](repeating: -1, count: count)
        var nextSibling = [Int](repeating: -1, count: count)
        for node in order where node != start && idom[node] >= 0 {
            let parent = idom[node]
            if lastChild[parent] < 0 { firstChild[parent] = node } else { nextSibling[lastChild[parent]] = node }
            lastChild[parent] = node
        }
        preorder = [Int](repeating: -1, count: count)
        postorder = [Int](repeating: -1, count: count)
        var clock = 0
        // Each entry: a node and the child to visit next (-1 when none is left).
        var stack: [(node: Int, next: Int)] = [(start, firstChild[start])]
        preorder[start] = clock
        clock += 1
        while !stack.isEmpty {
            let (node, child) = stack[stack.count - 1]
            if child >= 0 {
                stack[stack.count - 1].next = nextSibling[child]
                preorder[child] = clock
                clock += 1
                stack.append((child, firstChild[child]))
            } else {
                postorder[node] = clock
                clock += 1
                stack.removeLast()
            }
        }
    }

    /// Whether `a` dominates `b` (every step dominates itself); false for unreachable steps.
    func dominates(_ a: Int, _ b: Int) -> Bool {
        guard preorder[a] >= 0, preorder[b] >= 0 else { return false }
        return preorder[a] <= preorder[b] && postorder[b] <= postorder[a]
    }

    private static func intersect(_ a: Int, _ b: Int, _ idom: [Int], _ rank: [Int]) -> Int {
        var (left, right) = (a, b)
        while left != right {
            while rank[left] > rank[right] { left = idom[left] }
            while rank[right] > rank[left] { right = idom[right] }
        }
        return left
    }
}
