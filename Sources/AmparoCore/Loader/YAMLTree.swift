/// A YAML document built straight from libyaml's events (`YAMLTreeBuilder`): every node is a
/// record in one array, mapping and list items sit in one shared array, scalar values in
/// another. No object per node, no tag per node: a flow of 10,000 steps is a few arrays.
final class YAMLTree {
    /// What a node is.
    enum Kind: UInt8 {
        case scalar, sequence, mapping
    }

    /// How a scalar was written; only plain scalars can read as booleans or null.
    enum ScalarStyle: UInt8 {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// One node. For a scalar, `start` indexes `strings` (a key with a symbol has no string: its
    /// text is the symbol's name); for a list or mapping, `start` and `count` delimit its items in
    /// `children` (a mapping's are key, value, key, value, …).
    struct Record {
        var kind: Kind
        var style: ScalarStyle
        /// For a mapping key found in the builder's `YAMLKeySymbols`, its symbol; otherwise 0.
        var symbol: UInt8 = 0
        var line: Int32
        var column: Int32
        var start: Int32
        var count: Int32
    }

    let records: [Record]
    let strings: [String]
    /// The names of the key symbols, by symbol minus one.
    let keyNames: [String]
    let children: [YAMLNode]
    /// The document's root, or `nil` for an empty document.
    let root: YAMLNode?
    /// The file the document was read from, for locations.
    let file: String

    init(file: String, records: [Record], strings: [String], keyNames: [String], children: [YAMLNode], root: YAMLNode?) {
        self.file = file
        self.records = records
        self.strings = strings
        self.keyNames = keyNames
        self.children = children
        self.root = root
    }

    @inline(__always) func kind(_ node: YAMLNode) -> Kind { records[Int(node.index)].kind }

    /// A scalar's value as written (after YAML's quoting and folding); `nil` for other nodes.
    @inline(__always) func scalar(_ node: YAMLNode) -> String? {
        let record = records[Int(node.index)]
        guard record.kind == .scalar else { return nil }
        return record.symbol == 0 ? strings[Int(record.start)] : keyNames[Int(record.symbol) - 1]
    }

    /// Where the node starts in `file`: 1-based line and column (in Unicode scalars), at its
    /// tag when it has one.
    @inline(__always) func location(_ node: YAMLNode) -> SourceLocation {
        let record = records[Int(node.index)]
        return SourceLocation(file: file, line: Int(record.line), column: Int(record.column))
    }

    @inline(__always) func style(_ node: YAMLNode) -> ScalarStyle { records[Int(node.index)].style }

    /// The known-key symbol of a mapping key (see `YAMLKeySymbols`), or 0.
    @inline(__always) func symbol(_ node: YAMLNode) -> UInt8 { records[Int(node.index)].symbol }

    /// A list's items, or a mapping's keys and values interleaved.
    func children(of node: YAMLNode) -> ArraySlice<YAMLNode> {
        let record = records[Int(node.index)]
        guard record.kind == .sequence || record.kind == .mapping else { return [] }
        return children[Int(record.start)..<Int(record.start + record.count)]
    }

    /// How many key-value pairs a mapping has (0 for other nodes).
    @inline(__always) func pairCount(_ node: YAMLNode) -> Int {
        let record = records[Int(node.index)]
        return record.kind == .mapping ? Int(record.count) / 2 : 0
    }

    /// The key and the value of a mapping's `pair`-th entry.
    @inline(__always) func pair(_ node: YAMLNode, _ pair: Int) -> (key: YAMLNode, value: YAMLNode) {
        let start = Int(records[Int(node.index)].start) + 2 * pair
        return (children[start], children[start + 1])
    }
}
