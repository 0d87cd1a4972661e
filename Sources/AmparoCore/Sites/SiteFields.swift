import Foundation

/// Reads the fields of one HSDS object of a site file, reporting every problem at its place:
/// a field of the wrong type, a required field missing, a key repeated. Fields HSDS defines
/// that Amparo does not use are left alone, so a 211's full export can be read as it is.
struct SiteFields {
    let file: String
    let node: JSONNode
    /// What the object is, for messages ("service 'CHIRLA hotline'").
    let subject: String
    private(set) var diagnostics: [Diagnostic] = []
    private let members: [JSONMember]

    /// Reads `node`, which must be an object; `nil` (with the problem reported) when it is not.
    init?(_ node: JSONNode, file: String, subject: String, into diagnostics: inout [Diagnostic]) {
        guard case .object(let members) = node.value else {
            diagnostics.append(Diagnostic(.wrongType, "\(subject) must be an object, not \(node.kindName)",
                                          at: SourceLocation(file: file, line: node.line, column: node.column)))
            return nil
        }
        self.file = file
        self.node = node
        self.subject = subject
        self.members = members
        var seen: [String: JSONMember] = [:]
        for member in members {
            if let first = seen[member.key] {
                self.diagnostics.append(Diagnostic(.duplicateID, "the key \"\(member.key)\" is repeated in \(subject)",
                                                   at: place(member), notes: ["first set here: line \(first.line)"]))
            } else {
                seen[member.key] = member
            }
        }
    }

    func place(_ member: JSONMember) -> SourceLocation { SourceLocation(file: file, line: member.line, column: member.column) }
    func place(_ node: JSONNode) -> SourceLocation { SourceLocation(file: file, line: node.line, column: node.column) }
    var start: SourceLocation { place(node) }

    func member(_ key: String) -> JSONMember? { members.first { $0.key == key } }

    /// A string field; `required` reports its absence. `null` counts as absent, as HSDS allows.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let member = member(key), member.node.value != .null else {
            if required { diagnostics.append(Diagnostic(.missingField, "\(subject) has no \"\(key)\"", at: start)) }
            return nil
        }
        guard case .string(let text) = member.node.value else {
            diagnostics.append(Diagnostic(.wrongType, "\"\(key)\" must be a string, not \(member.node.kindName)", at: place(member.node)))
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            if required { diagnostics.append(Diagnostic(.emptyText, "\"\(key)\" of \(subject) is empty", at: place(member.node))) }
            return nil
        }
        if let control = trimmed.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            diagnostics.append(Diagnostic(.invalidEncoding,
                "\"\(key)\" holds a control character (U+\(String(control.value, radix: 16, uppercase: true))), which could drive the terminal",
                at: place(member.node)))
            return nil
        }
        return trimmed
    }

    /// An array field's elements (absent or `null`: none).
    mutating func array(_ key: String) -> [JSONNode] {
        guard let member = member(key), member.node.value != .null else { return [] }
        guard case .array(let elements) = member.node.value else {
            diagnostics.append(Diagnostic(.wrongType, "\"\(key)\" must be an array, not \(member.node.kindName)", at: place(member.node)))
            return []
        }
        return elements
    }

    /// The `id` field, which HSDS requires to be a UUID.
    mutating func id() -> String? {
        guard let id = string("id", required: true) else { return nil }
        guard Self.isUUID(id) else {
            diagnostics.append(Diagnostic(.badSiteValue, "the id \"\(id)\" of \(subject) is not a UUID (HSDS ids are UUIDs)",
                                          at: place(member("id")!.node)))
            return nil
        }
        return id.lowercased()
    }

    /// `8-4-4-4-12` hexadecimal digits.
    static func isUUID(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }

    /// Adds a problem found in this object.
    mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Takes the problems a reader of a nested object found.
    mutating func absorb(_ nested: SiteFields) { diagnostics += nested.diagnostics }

    /// Where a nested object's own reader reports that it is not an object: passed `inout` to
    /// its initializer, whatever is written to it is added to this object's problems.
    var nestedProblems: [Diagnostic] {
        get { [] }
        set { diagnostics += newValue }
    }

    /// Moves this reader's problems into `diagnostics`.
    func report(into diagnostics: inout [Diagnostic]) { diagnostics += self.diagnostics }
}
