/// The entries of one YAML mapping whose keys were checked: a view of the mapping in the tree,
/// with the set of keys that were accepted. Looking a key up scans the mapping's few pairs by
/// symbol, so no per-mapping table is built.
struct MappingFields {
    /// What the mapping is, for messages.
    let subject: MappingSubject
    private let tree: YAMLTree
    private let node: YAMLNode
    /// Bit `n` is set when the key with raw value `n` was written and accepted.
    private(set) var present: UInt64 = 0

    init(tree: YAMLTree, node: YAMLNode, subject: MappingSubject) {
        self.tree = tree
        self.node = node
        self.subject = subject
    }

    /// Where the mapping starts.
    var location: SourceLocation { tree.location(node) }

    /// What the mapping is, in words: "step 'door'", "the flow".
    var what: String { subject.text }

    /// Marks `key` as written and accepted.
    mutating func accept(_ key: FlowKey) {
        present |= 1 << UInt64(key.rawValue)
    }

    /// The accepted keys in `keys`' complement, in the order written: keys that are flow keys but
    /// not ones this mapping may use.
    func present(outside keys: [FlowKey]) -> [FlowKey] {
        let allowed = keys.reduce(UInt64(0)) { $0 | 1 << UInt64($1.rawValue) }
        guard present & ~allowed != 0 else { return [] }
        return (0..<tree.pairCount(node)).compactMap { FlowKey(symbol: tree.symbol(tree.pair(node, $0).key)) }
            .filter { present & ~allowed & (1 << UInt64($0.rawValue)) != 0 }
    }

    /// Where `key` is written, if it is present.
    func keyLocation(_ key: FlowKey) -> SourceLocation? {
        guard let pair = pairIndex(key) else { return nil }
        return tree.location(tree.pair(node, pair).key)
    }

    subscript(key: FlowKey) -> YAMLNode? {
        pairIndex(key).map { tree.pair(node, $0).value }
    }

    private func pairIndex(_ key: FlowKey) -> Int? {
        guard present & (1 << UInt64(key.rawValue)) != 0 else { return nil }
        for pair in 0..<tree.pairCount(node) where tree.symbol(tree.pair(node, pair).key) == key.rawValue {
            return pair
        }
        return nil
    }
}
