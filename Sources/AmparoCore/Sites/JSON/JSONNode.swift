/// A JSON value read from a site file, with the place it starts, so every problem found in it
/// can be reported as `file:line:col`.
public struct JSONNode: Equatable, Sendable {
    /// The value.
    public var value: JSONValue
    /// The line its first character is on, from 1.
    public var line: Int
    /// The column of its first character, from 1, counted in Unicode scalars.
    public var column: Int

    /// Creates a node.
    public init(_ value: JSONValue, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The member named `key`, when this is an object that has one.
    public subscript(key: String) -> JSONMember? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }
    }

    /// What the value is, in words for a message ("a string", "an array").
    public var kindName: String { value.kindName }
}

/// One `"key": value` pair of an object, with where its key starts.
public struct JSONMember: Equatable, Sendable {
    /// The key.
    public var key: String
    /// The line of the key's opening quote.
    public var line: Int
    /// The column of the key's opening quote.
    public var column: Int
    /// The value.
    public var node: JSONNode

    /// Creates a member.
    public init(key: String, line: Int, column: Int, node: JSONNode) {
        self.key = key
        self.line = line
        self.column = column
        self.node = node
    }
}

/// A JSON value (RFC 8259). Objects keep their members in file order, repeated keys included,
/// so a reader can refuse a repeated key rather than silently keep one of them.
public indirect enum JSONValue: Equatable, Sendable {
    case object([JSONMember])
    case array([JSONNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// What the value is, in words for a message.
    public var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}
