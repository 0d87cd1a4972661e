/// Reads a test plan (`Tests/Plans/<flow-id>.yaml`) with the YAML tree the flow loader uses, so
/// plans need no second YAML library. Problems name the line.
enum TestPlanReader {
    static func read(_ yaml: String) throws(TestPlanError) -> TestPlan {
        var bytes = Array(yaml.utf8)
        let built = bytes.withUnsafeMutableBufferPointer { buffer in
            YAMLTreeBuilder.build(UnsafeBufferPointer(buffer), file: "plan", maximumNesting: 16, keySymbols: YAMLKeySymbols([]))
        }
        let tree: YAMLTree
        switch built {
        case .success(let parsed): tree = parsed
        case .failure(let failure): throw TestPlanError("the plan is not valid YAML: \(failure)")
        }
        guard let root = tree.root else { throw TestPlanError("the plan is empty") }
        let fields = try mapping(root, in: tree, keys: ["flow", "cases"], what: "plan")
        guard let flow = fields["flow"].flatMap(tree.scalar) else { throw TestPlanError("the plan has no 'flow'") }
        var cases: [TestCase] = []
        for item in fields["cases"].map(tree.children(of:)) ?? [] {
            cases.append(try testCase(item, in: tree))
        }
        return TestPlan(flow: flow, cases: cases)
    }

    private static func testCase(_ node: YAMLNode, in tree: YAMLTree) throws(TestPlanError) -> TestCase {
        let fields = try mapping(node, in: tree, keys: ["name", "answers", "outcome", "cards", "citations", "says", "never-says"], what: "case")
        let line = " (line \(tree.location(node).line))"
        guard let name = fields["name"].flatMap(tree.scalar) else { throw TestPlanError("a case has no 'name'" + line) }
        guard let outcome = fields["outcome"].flatMap(tree.scalar) else { throw TestPlanError("case '\(name)' has no 'outcome'" + line) }
        var answers: [String: PlannedAnswer] = [:]
        if let node = fields["answers"] {
            for (question, answer) in try pairs(node, in: tree, what: "answers of case '\(name)'") {
                if let id = tree.scalar(answer) {
                    answers[question] = .one(id)
                } else {
                    answers[question] = .several(try scalars(answer, in: tree, what: "answer '\(question)' of case '\(name)'"))
                }
            }
        }
        let cards = try fields["cards"].map { node throws(TestPlanError) in try scalars(node, in: tree, what: "cards of case '\(name)'") } ?? []
        let citations = try fields["citations"].map { node throws(TestPlanError) in
            try scalars(node, in: tree, what: "citations of case '\(name)'")
        }
        let says = try fields["says"].map { node throws(TestPlanError) in try scalars(node, in: tree, what: "says of case '\(name)'") } ?? []
        let neverSays = try fields["never-says"].map { node throws(TestPlanError) in
            try scalars(node, in: tree, what: "never-says of case '\(name)'")
        } ?? []
        return TestCase(name: name, answers: answers, outcome: outcome, cards: cards, citations: citations,
                        says: says, neverSays: neverSays)
    }

    /// A mapping's values by key, refusing keys not in `keys`.
    private static func mapping(_ node: YAMLNode, in tree: YAMLTree, keys: Set<String>, what: String)
        throws(TestPlanError) -> [String: YAMLNode] {
        var fields: [String: YAMLNode] = [:]
        for (key, value) in try pairs(node, in: tree, what: what) {
            guard keys.contains(key) else {
                throw TestPlanError("unknown key '\(key)' in a \(what) (line \(tree.location(value).line))")
            }
            fields[key] = value
        }
        return fields
    }

    private static func pairs(_ node: YAMLNode, in tree: YAMLTree, what: String) throws(TestPlanError) -> [(String, YAMLNode)] {
        guard tree.kind(node) == .mapping else {
            throw TestPlanError("expected a mapping for the \(what) (line \(tree.location(node).line))")
        }
        var result: [(String, YAMLNode)] = []
        for index in 0..<tree.pairCount(node) {
            let (key, value) = tree.pair(node, index)
            guard let name = tree.scalar(key) else { throw TestPlanError("a key that is not text in the \(what)") }
            result.append((name, value))
        }
        return result
    }

    private static func scalars(_ node: YAMLNode, in tree: YAMLTree, what: String) throws(TestPlanError) -> [String] {
        guard tree.kind(node) == .sequence else {
            throw TestPlanError("expected a list for the \(what) (line \(tree.location(node).line))")
        }
        var result: [String] = []
        for item in tree.children(of: node) {
            guard let text = tree.scalar(item) else { throw TestPlanError("expected ids in the \(what) (line \(tree.location(item).line))") }
            result.append(text)
        }
        return result
    }
}
