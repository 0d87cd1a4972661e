import CLibYAML

/// Builds a `YAMLTree` from libyaml's event stream (Debian's libyaml, through the `CLibYAML` system library), with no
/// node objects, no tag resolution and no recursion: a stack of open lists and mappings, and
/// their finished items waiting on a second stack until the collection ends.
///
/// Checks what composing checks and more: one document at most, no key written twice in a
/// mapping, nesting no deeper than `maximumNesting`, and no anchor or alias at all (the first one
/// stops the parse, so an alias bomb is never expanded). libyaml keeps its own stacks, so
/// 20,000 levels of brackets cost no recursion before the limit stops them.
struct YAMLTreeBuilder {
    let maximumNesting: Int
    let keySymbols: YAMLKeySymbols

    private var records: [YAMLTree.Record] = []
    private var strings: [String] = []
    private var children: [YAMLNode] = []
    /// Finished nodes whose list or mapping is still open.
    private var pending: [YAMLNode] = []
    /// The open lists and mappings: their record and where their items start in `pending`.
    private var open: [(record: Int, firstPending: Int)] = []
    private var root: YAMLNode?

    init(maximumNesting: Int, keySymbols: YAMLKeySymbols) {
        self.maximumNesting = maximumNesting
        self.keySymbols = keySymbols
    }

    /// Room for a document of `byteCount` bytes, so the arrays do not grow and copy themselves.
    /// Flows run about one node per 11 bytes and one value string per 29; the room is generous
    /// because memory reserved and never touched costs nothing.
    private mutating func reserve(forBytes byteCount: Int) {
        records.reserveCapacity(byteCount / 6 + 16)
        strings.reserveCapacity(byteCount / 12 + 16)
        children.reserveCapacity(byteCount / 6 + 16)
    }

    /// Parses UTF-8 `bytes` (which must stay valid during the call) into a tree; mapping keys
    /// named in `keySymbols` get their symbol.
    static func build(_ bytes: UnsafeBufferPointer<UInt8>, file: String, maximumNesting: Int,
                      keySymbols: YAMLKeySymbols) -> Result<YAMLTree, YAMLParseFailure> {
        var builder = YAMLTreeBuilder(maximumNesting: maximumNesting, keySymbols: keySymbols)
        builder.reserve(forBytes: bytes.count)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(.reader(problem: "out of memory", offset: 0)) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(failure(of: parser)) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(YAMLTree(file: file, records: builder.records, strings: builder.strings, keyNames: keySymbols.names,
                                         children: builder.children, root: builder.root))
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return .failure(.syntax(problem: "but found another document", line: line, column: column,
                                            context: .init(text: "expected a single document in the stream", line: 1, column: 1)))
                }
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil { return .failure(.alias(line: line, column: column)) }
                let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
                let symbol = builder.isKeyPosition ? builder.keySymbols.symbol(bytes) : 0
                if symbol == 0 { builder.strings.append(String(decoding: bytes, as: UTF8.self)) }
                builder.add(YAMLTree.Record(kind: .scalar, style: style(scalar.style), symbol: symbol, line: Int32(line),
                                            column: Int32(column), start: Int32(builder.strings.count - 1), count: 0))
            case YAML_ALIAS_EVENT:
                return .failure(.alias(line: line, column: column))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                if isMapping ? event.data.mapping_start.anchor != nil : event.data.sequence_start.anchor != nil {
                    return .failure(.alias(line: line, column: column))
                }
                if builder.open.count >= maximumNesting { return .failure(.tooDeep(line: line, column: column)) }
                builder.records.append(YAMLTree.Record(kind: isMapping ? .mapping : .sequence, style: .plain,
                                                       line: Int32(line), column: Int32(column), start: 0, count: 0))
                builder.open.append((builder.records.count - 1, builder.pending.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let failure = builder.close() { return .failure(failure) }
            default:
                break
            }
        }
    }

    /// The next finished node will be a key of the innermost open mapping.
    private var isKeyPosition: Bool {
        guard let innermost = open.last, records[innermost.record].kind == .mapping else { return false }
        return (pending.count - innermost.firstPending) % 2 == 0
    }

    /// Records a finished node and hands it to its open list or mapping (or makes it the root).
    private mutating func add(_ record: YAMLTree.Record) {
        records.append(record)
        attach(YAMLNode(index: Int32(records.count - 1)))
    }

    private mutating func attach(_ node: YAMLNode) {
        if open.isEmpty { root = node } else { pending.append(node) }
    }

    /// Ends the innermost open list or mapping: moves its items into `children`.
    private mutating func close() -> YAMLParseFailure? {
        guard let (recordIndex, firstPending) = open.popLast() else { return nil }
        if records[recordIndex].kind == .mapping, let failure = duplicateKey(from: firstPending) { return failure }
        records[recordIndex].start = Int32(children.count)
        records[recordIndex].count = Int32(pending.count - firstPending)
        // No slice of `pending` may outlive this line: it would make the removal copy the array.
        children.append(contentsOf: pending[firstPending...])
        pending.removeLast(pending.count - firstPending)
        attach(YAMLNode(index: Int32(recordIndex)))
        return nil
    }

    /// The first scalar key written again in the mapping whose keys and values, interleaved,
    /// start at `firstPending`. Known keys compare by symbol; others by text.
    private func duplicateKey(from firstPending: Int) -> YAMLParseFailure? {
        let count = pending.count - firstPending
        if count > 32 { return duplicateKeyByHashing(from: firstPending) }
        var index = firstPending + 2
        while index < pending.count {
            let key = records[Int(pending[index].index)]
            if key.kind == .scalar {
                var earlier = firstPending
                while earlier < index {
                    let candidate = records[Int(pending[earlier].index)]
                    if candidate.kind == .scalar, candidate.symbol == key.symbol,
                       key.symbol != 0 || strings[Int(candidate.start)] == strings[Int(key.start)] {
                        return duplicate(key, first: candidate)
                    }
                    earlier += 2
                }
            }
            index += 2
        }
        return nil
    }

    /// `duplicateKey(from:)` for a large mapping, by a dictionary of key texts.
    private func duplicateKeyByHashing(from firstPending: Int) -> YAMLParseFailure? {
        var seen: [String: YAMLTree.Record] = [:]
        for index in stride(from: firstPending, to: pending.count, by: 2) {
            let key = records[Int(pending[index].index)]
            guard key.kind == .scalar else { continue }
            let text = text(ofScalar: key)
            if let first = seen[text] { return duplicate(key, first: first) }
            seen[text] = key
        }
        return nil
    }

    private func duplicate(_ key: YAMLTree.Record, first: YAMLTree.Record) -> YAMLParseFailure {
        .duplicateKey(text(ofScalar: key), line: Int(key.line), column: Int(key.column),
                      firstLine: Int(first.line), firstColumn: Int(first.column))
    }

    /// A scalar record's text: its string, or its key symbol's name (as `YAMLTree.scalar`).
    private func text(ofScalar record: YAMLTree.Record) -> String {
        record.symbol == 0 ? strings[Int(record.start)] : keySymbols.names[Int(record.symbol) - 1]
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLTree.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func failure(of parser: yaml_parser_t) -> YAMLParseFailure {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        if parser.error == YAML_READER_ERROR || parser.error == YAML_MEMORY_ERROR {
            return .reader(problem: problem, offset: parser.problem_offset)
        }
        let context = parser.context.map {
            YAMLParseFailure.Context(text: String(cString: $0), line: Int(parser.context_mark.line) + 1,
                                     column: Int(parser.context_mark.column) + 1)
        }
        return .syntax(problem: problem, line: Int(parser.problem_mark.line) + 1,
                       column: Int(parser.problem_mark.column) + 1, context: context)
    }
}
