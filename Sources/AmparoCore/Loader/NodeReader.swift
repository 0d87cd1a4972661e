import Foundation
import Yams

/// Reads model values out of composed YAML nodes, recording every problem as a diagnostic with
/// the node's position, and normalizing text to NFC.
final class NodeReader {
    let file: String
    private let lines: LineIndex
    private(set) var diagnostics: [Diagnostic] = []
    private var reportedAnchors = Set<SourceLocation>()

    init(file: String, text: String) {
        self.file = file
        lines = LineIndex(text)
    }

    func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                notes: [String] = [], suggestion: String? = nil) {
        diagnostics.append(Diagnostic(code, message, at: location, notes: notes, suggestion: suggestion))
    }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// The node, unless it is (or repeats) an anchored node: anchors and aliases are refused, and
    /// an aliased subtree is never walked, so an alias bomb costs nothing.
    func plain(_ node: Node) -> Node? {
        guard node.anchor == nil else {
            let at = location(node)
            if reportedAnchors.insert(at).inserted {
                report(.aliasNotAllowed, NodeReader.aliasMessage, at: at)
            }
            return nil
        }
        return node
    }

    /// Reads a mapping whose keys must all be in `keys`; unknown keys are reported with a
    /// "did you mean". `named` names the mapping by its `id`, when it has one.
    func mapping(_ node: Node, what: String, keys: [String],
                 named: ((String) -> String)? = nil) -> MappingFields? {
        guard let node = plain(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            report(.wrongType, "expected a mapping for \(what), found \(describe(node))", at: location(node))
            return nil
        }
        // By index: iterating a `Node.Mapping` copies all its pairs into a new array first.
        var what = what
        if let named, let idIndex = mapping.indices.first(where: { mapping[$0].key.scalar?.string == "id" }),
           case let idNode = mapping[idIndex].value, case .scalar(let id) = idNode, idNode.anchor == nil {
            what = named(id.string)  // "card 'rights'" rather than "a card"
        }
        var fields = MappingFields(location: location(node), what: what, capacity: mapping.count)
        for index in mapping.indices {
            let (keyNode, value) = mapping[index]
            guard let keyNode = plain(keyNode), case .scalar(let key) = keyNode else {
                report(.wrongType, "expected a plain key in \(what)", at: location(keyNode))
                continue
            }
            guard keys.contains(key.string) else {
                report(.unknownKey, "unknown key '\(key.string)' in \(what)", at: location(keyNode),
                       suggestion: EditDistance.suggestion(for: key.string, among: keys))
                continue
            }
            fields.set(key.string, value, at: location(keyNode))
        }
        return fields
    }

    /// The value of a required key, or a "missing" diagnostic at the mapping.
    func required(_ fields: MappingFields, _ key: String) -> Node? {
        guard let value = fields[key] else {
            report(.missingField, "missing '\(key)' in \(fields.what)", at: fields.location)
            return nil
        }
        return value
    }

    /// A scalar's string (NFC), refusing mappings, lists and null.
    func string(_ node: Node, what: @autoclosure () -> String) -> String? {
        guard let node = plain(node) else { return nil }
        guard case .scalar(let scalar) = node, !NodeReader.isNull(scalar) else {
            report(.wrongType, "expected text for \(what()), found \(describe(node))", at: location(node))
            return nil
        }
        let value = scalar.string
        // NFC (Vietnamese arrives decomposed); ASCII is already NFC, and most text is ASCII.
        let isASCII = value.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
            ?? value.utf8.allSatisfy { $0 < 0x80 }
        return isASCII ? value : value.precomposedStringWithCanonicalMapping
    }

    /// User-visible text under a key; blank text is reported.
    func text(_ node: Node, key: String, what: @autoclosure () -> String) -> Text? {
        guard let value = string(node, what: what()) else { return nil }
        if value.allSatisfy(\.isWhitespace) {
            report(.emptyText, "\(what()) is empty", at: location(node))
        }
        return Text(key: key, english: value, location: location(node))
    }

    /// An id: lower-case letters, digits, `-` and `_`. A bare yes/no is refused with advice.
    func id(_ node: Node, what: @autoclosure () -> String) -> String? {
        guard let node = plain(node) else { return nil }
        if case .scalar(let scalar) = node, NodeReader.boolean(scalar) != nil {
            report(.wrongType, "\(what()) '\(scalar.string)' reads as a boolean in YAML; quote it: \"\(scalar.string)\"",
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
    func ref(_ node: Node, what: @autoclosure () -> String) -> Ref? {
        guard let value = id(node, what: what()) else { return nil }
        return Ref(id: value, location: location(node))
    }

    /// A `YYYY-MM-DD` date.
    func date(_ node: Node, what: @autoclosure () -> String) -> LocalDate? {
        guard let value = string(node, what: what()) else { return nil }
        guard let date = LocalDate(value) else {
            report(.badDate, "\(what()) is '\(value)', not a real day written YYYY-MM-DD", at: location(node))
            return nil
        }
        return date
    }

    /// `true` or `false`.
    func bool(_ node: Node, what: @autoclosure () -> String) -> Bool? {
        guard let node = plain(node) else { return nil }
        guard case .scalar(let scalar) = node, let value = NodeReader.boolean(scalar) else {
            report(.wrongType, "expected true or false for \(what()), found \(describe(node))", at: location(node))
            return nil
        }
        return value
    }

    /// A list's items.
    func sequence(_ node: Node, what: @autoclosure () -> String) -> [Node]? {
        guard let node = plain(node) else { return nil }
        guard case .sequence(let sequence) = node else {
            report(.wrongType, "expected a list for \(what()), found \(describe(node))", at: location(node))
            return nil
        }
        return Array(sequence)
    }

    /// A condition string, parsed with exact columns.
    func condition(_ node: Node, what: @autoclosure () -> String) -> Condition? {
        guard let value = string(node, what: what()), case .scalar(let scalar) = node else { return nil }
        let start = location(node)
        let columns = ScalarColumns(scalar: scalar, start: start,
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
    /// loader composes with no tag rules (regex tag resolution was most of the load time), so
    /// booleans and nulls are recognized here.
    static func boolean(_ scalar: Node.Scalar) -> Bool? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        switch scalar.string {
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return true
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    /// A plain scalar that YAML reads as null: empty, `~` or `null`.
    static func isNull(_ scalar: Node.Scalar) -> Bool {
        (scalar.style == .plain || scalar.style == .any) && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func isValidID(_ value: String) -> Bool {
        !value.isEmpty && value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if NodeReader.isNull(scalar) { return "nothing" }
            return "'\(scalar.string.prefix(40))'"
        }
    }
}
