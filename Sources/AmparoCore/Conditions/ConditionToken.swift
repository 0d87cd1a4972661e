/// A token of a condition string, with its offset in Unicode scalars from the string's start.
struct ConditionToken: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        case string(String)
        case equal, notEqual, leftParen, rightParen, leftBracket, rightBracket, comma
        case end
    }

    var kind: Kind
    var offset: Int

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .string(let value): return "\"\(value)\""
        case .equal: return "'=='"
        case .notEqual: return "'!='"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .comma: return "','"
        case .end: return "the end of the condition"
        }
    }
}
