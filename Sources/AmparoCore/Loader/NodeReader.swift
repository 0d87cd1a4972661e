import Foundation

/// Reads model values out of a parsed YAML tree, recording every problem as a diagnostic with
/// the node's position, and normalizing text to NFC.
final class NodeReader {
    let file: String
    let tree: YAMLTree
    private let lines: LineIndex
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, text: String, tree: YAMLTree) {
        self.file = file
        self.tree = tree
        lines = LineIndex(text)
    }

    func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                notes: [String] = [], suggestion: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: location, notes: notes, suggestion: suggestion))
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        let (line, column) = tree.position(node)
        return SourceLocation(file: file, line: line, column: column)
    }

    /// Reads a mapping whose keys must all be in `keys`; unknown keys are reported with a
    /// "did you mean". `named` names the mapping by its `id`, when it has one.
    func mapping(_ node: YAMLNode, what: String, keys: [String],
                 named: ((String) -> String)? = nil) -> MappingFields? {
        guard tree.kind(node) == .mapping else {
            report(.wrongType, "expected a mapping for \(what), found \(describe(node))", at: location(node))
            return nil
        }
        let count = tree.pairCount(node)
        var what = what
        if let named, let idPair = (0..<count).first(where: { tree.scalar(tree.pair(node, $0).key) == "id" }),
           let id = tree.scalar(tree.pair(node, idPair).value) {
            what = named(id)  // "card 'rights'" rather than "a card"
        }
        var fields = MappingFields(location: location(node), what: what, capacity: count)
        for index in 0..<count {
            let (keyNode, value) = tree.pair(node, index)
            guard let key = tree.scalar(keyNode) else {
                report(.wrongType, "expected a plain key in \(what)", at: location(keyNode))
                continue
            }
            guard keys.contains(key) else {
                report(.unknownKey, "unknown key '\(key)' in \(what)", at: location(keyNode),
                       suggestion: EditDistance.suggestion(for: key, among: keys))
                continue
            }
            fields.set(key, value, at: location(keyNode))
        }
        return fields
    }

    /// The value of a required key, or a "missing" diagnostic at the mapping.
    func required(_ fields: MappingFields, _ key: String) -> YAMLNode? {
        guard let value = fields[key] else {
            report(.missingField, "missing '\(key)' in \(fields.what)", at: fields.location)
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
        // NFC (Vietnamese arrives decomposed); ASCII is already NFC, and most text is ASCII.
        let isASCII = value.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
            ?? value.utf8.allSatisfy { $0 < 0x80 }
        return isASCII ? value : value.precomposedStringWithCanonicalMapping
    }

    /// User-visible text under a key; blank text is reported.
    func text(_ node: YAMLNode, key: String, what: @autoclosure () -> String) -> Text? {
        guard let value = string(node, what: what()) else { return nil }
        if value.allSatisfy(\.isWhitespace) {
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
        if !NodeReader.isValidID(value) {
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
        let columns = ScalarColumns(style: tree.style(node), start: start,
                                    line: lines.line(start.line))
        do {
            return try ConditionParser.parse(value, locate: columns.locate)
        } catch {
            report(.conditionSyntax, "in condition: \(error.message)", at: error.location)
            return nil
        }
    }

    static let aliasMessage = "YAML anchors and aliases (&name, *name) are not allowed; write the value out, and quote text that starts with '&' or '*'"

    /// A plain scalar that YAML 1.1 reads as a boolean (`true`, `yes`, `on`, …), or `nil`. The
    /// tree has no tag resolution, so booleans and nulls are recognized here.
    func boolean(_ node: YAMLNode) -> Bool? {
        guard tree.style(node) == .plain, let value = tree.scalar(node) else { return nil }
        switch value {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// A plain scalar that YAML reads as null: empty, `~` or `null`.
    func isNull(_ node: YAMLNode) -> Bool {
        guard tree.style(node) == .plain, let value = tree.scalar(node) else { return false }
        switch value {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func isValidID(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
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
