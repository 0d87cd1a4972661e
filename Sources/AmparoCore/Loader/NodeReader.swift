import Foundation

/// Reads model values out of a parsed YAML tree, recording every problem as a diagnostic with
/// the node's position, and normalizing text to NFC.
final class NodeReader {
    let tree: YAMLTree
    private let bytes: Data
    /// Built on first use: only a condition written in quotes with escapes needs its line.
    private lazy var lines = LineIndex(String(decoding: bytes, as: UTF8.self))
    private let limits: InputLimits
    private(set) var diagnostics: [Diagnostic] = []

    /// `bytes` are the file's, already parsed (so valid UTF-8) into `tree`.
    init(bytes: Data, tree: YAMLTree, limits: InputLimits = .standard) {
        self.tree = tree
        self.bytes = bytes
        self.limits = limits
    }

    func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                notes: [String] = [], suggestion: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: location, notes: notes, suggestion: suggestion))
    }

    func location(_ node: YAMLNode) -> SourceLocation { tree.location(node) }

    /// Reads a mapping whose keys must all be in `keys`; unknown keys are reported with a
    /// "did you mean". With `namedByID`, the subject takes the mapping's `id` for its messages
    /// ("card 'rights'" rather than "a card").
    func mapping(_ node: YAMLNode, _ subject: MappingSubject, keys: [FlowKey], namedByID: Bool = false) -> MappingFields? {
        var subject = subject
        let count = tree.pairCount(node)
        if namedByID, let idPair = (0..<count).first(where: { tree.symbol(tree.pair(node, $0).key) == FlowKey.id.rawValue }) {
            subject.id = tree.scalar(tree.pair(node, idPair).value)
        }
        guard tree.kind(node) == .mapping else {
            report(.wrongType, "expected a mapping for \(subject.text), found \(describe(node))", at: location(node))
            return nil
        }
        var fields = MappingFields(tree: tree, node: node, subject: subject)
        for index in 0..<count {
            let keyNode = tree.pair(node, index).key
            guard let name = tree.scalar(keyNode) else {
                report(.wrongType, "expected a plain key in \(subject.text)", at: location(keyNode))
                continue
            }
            guard let key = FlowKey(symbol: tree.symbol(keyNode)), keys.contains(key) else {
                let retired = FlowKey.retired[name]
                report(.unknownKey, "unknown key '\(name)' in \(subject.text)", at: location(keyNode),
                       notes: retired.map { [$0] } ?? [],
                       suggestion: retired == nil ? EditDistance.suggestion(for: name, among: keys.map(\.name)) : nil)
                continue
            }
            fields.accept(key)
        }
        return fields
    }

    /// The value of a required key, or a "missing" diagnostic at the mapping.
    func required(_ fields: MappingFields, _ key: FlowKey) -> YAMLNode? {
        guard let value = fields[key] else {
            report(.missingField, "missing '\(key.name)' in \(fields.what)", at: fields.location)
            return nil
        }
        return value
    }

    /// A scalar's string (NFC), refusing mappings, lists and null.
    func string(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard let value = tree.scalar(node), !isNull(node) else {
            report(.wrongType, "expected text for \(what()), found \(describe(node))", at: location(node))
            return nil
        }
        if let unsafe = TerminalSafeText.firstUnsafe(in: value) {
            reportUnsafe(unsafe, in: node, value: value, what: what())
        }
        // NFC (Vietnamese arrives decomposed); most text is settled by a quick byte check.
        return value.nfcNormalized
    }

    /// A character that could drive the terminal (``TerminalSafeText``), at its own column when
    /// the scalar is on one line.
    private func reportUnsafe(_ unsafe: (offset: Int, scalar: Unicode.Scalar), in node: YAMLNode, value: String,
                              what: String) {
        let start = location(node)
        let style = tree.style(node)
        let at: SourceLocation
        if style == .literal || style == .folded {
            at = rawLocation(of: unsafe.scalar, from: start, lineCount: value.utf8.count(where: { $0 == 0x0A }) + 2) ?? start
        } else {
            at = ScalarColumns(style: style, value: value, start: start) { self.lines.line(start.line) }.locate(unsafe.offset)
        }
        report(.controlCharacter,
               "\(what) holds \(TerminalSafeText.describe(unsafe.scalar)), which could drive the terminal; remove it",
               at: at)
    }

    /// Where `scalar` is first written, as itself, in the `lineCount` lines from `start` (a block
    /// scalar's lines; an escape cannot be written in one).
    private func rawLocation(of scalar: Unicode.Scalar, from start: SourceLocation, lineCount: Int) -> SourceLocation? {
        for number in start.line..<(start.line + lineCount) {
            guard let line = lines.line(number) else { return nil }
            let skip = number == start.line ? start.column : 0
            if let index = line.unicodeScalars.dropFirst(skip).firstIndex(of: scalar) {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: index) + 1
                return SourceLocation(file: start.file, line: number, column: column)
            }
        }
        return nil
    }

    /// User-visible text under a key; blank text and text over the length limit are reported
    /// (a text too long is not kept: each outcome page that shows it would be laid out again).
    func text(_ node: YAMLNode, key: String, what: @autoclosure () -> String) -> Text? {
        guard let value = string(node, what: what()) else { return nil }
        if limits.isTooLong(value) {
            report(.textTooLong, "\(what()) is \(value.unicodeScalars.count) characters long; a text may have at most "
                   + "\(limits.maximumTextLength), so it was not read", at: location(node))
            return nil
        }
        if NodeReader.isBlank(value) {
            report(.emptyText, "\(what()) is empty", at: location(node))
        }
        return Text(key: key, english: value, location: location(node))
    }

    /// An id: lower-case letters, digits, `-` and `_`. A bare yes/no is refused with advice.
    func id(_ node: YAMLNode, what: @autoclosure () -> String) -> String? {
        if let scalar = tree.scalar(node), boolean(node) != nil {
            report(.wrongType, "\(what()) '\(scalar)' reads as a boolean in YAML; quote it: \"\(scalar)\"",
                   at: location(node))
            return nil
        }
        guard let value = string(node, what: what()) else { return nil }
        if !NodeReader.isValidID(value), TerminalSafeText.firstUnsafe(in: value) == nil {
            report(.badID, "\(what()) '\(value)' may use only lower-case letters, digits, '-' and '_'",
                   at: location(node))
        }
        return value
    }

    /// A reference to an id, with its position.
    func ref(_ node: YAMLNode, what: @autoclosure () -> String) -> Ref? {
        guard let value = id(node, what: what()) else { return nil }
        return Ref(id: value, location: location(node))
    }

    /// A `YYYY-MM-DD` date.
    func date(_ node: YAMLNode, what: @autoclosure () -> String) -> LocalDate? {
        guard let value = string(node, what: what()) else { return nil }
        guard let date = LocalDate(value) else {
            report(.badDate, "\(what()) is '\(value)', not a real day written YYYY-MM-DD", at: location(node))
            return nil
        }
        return date
    }

    /// `true` or `false`.
    func bool(_ node: YAMLNode, what: @autoclosure () -> String) -> Bool? {
        guard let value = boolean(node) else {
            report(.wrongType, "expected true or false for \(what()), found \(describe(node))", at: location(node))
            return nil
        }
        return value
    }

    /// A list's items.
    func sequence(_ node: YAMLNode, what: @autoclosure () -> String) -> ArraySlice<YAMLNode>? {
        guard tree.kind(node) == .sequence else {
            report(.wrongType, "expected a list for \(what()), found \(describe(node))", at: location(node))
            return nil
        }
        return tree.children(of: node)
    }

    /// A condition string, parsed with exact columns.
    func condition(_ node: YAMLNode, what: @autoclosure () -> String) -> Condition? {
        guard let value = string(node, what: what()) else { return nil }
        let start = location(node)
        let columns = ScalarColumns(style: tree.style(node), value: value, start: start) { self.lines.line(start.line) }
        do {
            return try ConditionParser.parse(value, locate: columns.locate)
        } catch {
            report(.conditionSyntax, "in condition: \(error.message)", at: error.location)
            return nil
        }
    }

    /// Only white space, or nothing. Usually decided by the first byte: an ASCII byte that is
    /// not a space, tab or line break means there is text.
    static func isBlank(_ value: String) -> Bool {
        for byte in value.utf8 {
            if byte >= 0x80 { return value.allSatisfy(\.isWhitespace) }
            if byte != 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0B, byte != 0x0C { return false }
        }
        return true
    }

    static let aliasMessage = "YAML anchors and aliases (&name, *name) are not allowed; write the value out, and quote text that starts with '&' or '*'"

    /// A plain scalar that YAML 1.1 reads as a boolean (`true`, `yes`, `on`, …), or `nil`. The
    /// tree has no tag resolution, so booleans and nulls are recognized here.
    func boolean(_ node: YAMLNode) -> Bool? {
        guard tree.style(node) == .plain, let value = tree.scalar(node) else { return nil }
        // Most scalars are not booleans: rule them out by length and first letter before
        // comparing strings.
        guard (2...5).contains(value.utf8.count), let first = value.utf8.first,
              "tTyYoOfFnN".utf8.contains(first) else { return nil }
        switch value {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// A plain scalar that YAML reads as null: empty, `~` or `null`.
    func isNull(_ node: YAMLNode) -> Bool {
        guard tree.style(node) == .plain, let value = tree.scalar(node) else { return false }
        guard let first = value.utf8.first else { return true }
        guard value.utf8.count <= 4, first == UInt8(ascii: "~") || first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else {
            return false
        }
        switch value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func isValidID(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            !bytes.isEmpty && bytes.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
        }
    }

    func describe(_ node: YAMLNode) -> String {
        switch tree.kind(node) {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            if isNull(node) { return "nothing" }
            return "'\((tree.scalar(node) ?? "").prefix(40))'"
        }
    }
}
