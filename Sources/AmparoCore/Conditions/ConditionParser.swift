/// Parses condition strings (see docs/flow-format.md, "Conditions"). `not` binds tightest, then
/// `and`, then `or`. Positions are reported through `locate`, which maps an offset in the string
/// (in Unicode scalars) to the file position.
public struct ConditionParser {
    /// Parentheses and `not`s nested deeper than this are refused (the parser recurses).
    public static let maximumDepth = 64
    /// Conditions with more `and`/`or` operators than this are refused (their trees are walked
    /// recursively).
    public static let maximumOperators = 256

    private let tokens: [ConditionToken]
    private let locate: (Int) -> SourceLocation
    private var position = 0
    private var depth = 0
    private var operators = 0

    /// Parses `text`; `locate` maps offsets to file positions.
    public static func parse(_ text: String,
                             locate: @escaping (Int) -> SourceLocation) throws(ConditionError) -> Condition {
        var parser = ConditionParser(tokens: try ConditionLexer(text, locate: locate).tokens(), locate: locate)
        guard parser.tokens.count > 1 else {
            throw ConditionError(message: "empty condition", offset: 0, location: locate(0))
        }
        let condition = try parser.parseOr()
        guard case .end = parser.current.kind else {
            throw parser.error("expected 'and', 'or' or the end of the condition, found \(parser.current.display)")
        }
        return condition
    }

    /// Parses `text` written at `location`, counting columns from there (for tests and one-line values).
    public static func parse(_ text: String, at location: SourceLocation) throws(ConditionError) -> Condition {
        try parse(text) { location.advanced(byColumns: $0) }
    }

    private init(tokens: [ConditionToken], locate: @escaping (Int) -> SourceLocation) {
        self.tokens = tokens
        self.locate = locate
    }

    private var current: ConditionToken { tokens[position] }

    private mutating func parseOr() throws(ConditionError) -> Condition {
        var left = try parseAnd()
        while isKeyword("or") {
            try countOperator()
            position += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(ConditionError) -> Condition {
        var left = try parseUnary()
        while isKeyword("and") {
            try countOperator()
            position += 1
            left = .and(left, try parseUnary())
        }
        return left
    }

    private mutating func countOperator() throws(ConditionError) {
        operators += 1
        guard operators <= ConditionParser.maximumOperators else {
            throw error("condition has more than \(ConditionParser.maximumOperators) 'and'/'or' operators; split it")
        }
    }

    private mutating func parseUnary() throws(ConditionError) -> Condition {
        depth += 1
        defer { depth -= 1 }
        guard depth <= ConditionParser.maximumDepth else {
            throw error("condition nested more than \(ConditionParser.maximumDepth) levels deep")
        }
        if isKeyword("not") {
            position += 1
            return .not(try parseUnary())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ConditionError) -> Condition {
        let token = current
        switch token.kind {
        case .leftParen:
            position += 1
            let inner = try parseOr()
            try expect(.rightParen, "expected ')' to close '('")
            return inner
        case .string(let option):
            position += 1
            guard isKeyword("in") else { throw error("expected 'in' after \(token.display)") }
            position += 1
            let question = try identifier(what: "a question id after 'in'")
            return .contains(question: question, option: ref(option, token))
        case .identifier(let name) where name == "true" || name == "false":
            position += 1
            return .constant(name == "true", locate(token.offset))
        case .identifier(let name) where name == "answered" && tokens[position + 1].kind == .leftParen:
            position += 2
            let question = try identifier(what: "a question id in 'answered(...)'")
            try expect(.rightParen, "expected ')' after the question id")
            return .answered(question: question)
        case .identifier:
            return try parseComparison()
        default:
            throw error("expected a condition, found \(token.display)")
        }
    }

    private mutating func parseComparison() throws(ConditionError) -> Condition {
        let question = try identifier(what: "a question id")
        switch current.kind {
        case .equal:
            position += 1
            return .equals(question: question, option: try string())
        case .notEqual:
            position += 1
            return .notEquals(question: question, option: try string())
        case .identifier("in"):
            position += 1
            try expect(.leftBracket, "expected '[' after 'in' (or write \"option\" in \(question.id))")
            var options = [try string()]
            while current.kind == .comma {
                position += 1
                options.append(try string())
            }
            try expect(.rightBracket, "expected ',' or ']' in the list")
            return .isOneOf(question: question, options: options)
        default:
            throw error("expected '==', '!=' or 'in' after '\(question.id)', found \(current.display)")
        }
    }

    private mutating func identifier(what: String) throws(ConditionError) -> Ref {
        guard case .identifier(let name) = current.kind, !["and", "or", "not", "in"].contains(name) else {
            throw error("expected \(what), found \(current.display)")
        }
        defer { position += 1 }
        return ref(name, current)
    }

    private mutating func string() throws(ConditionError) -> Ref {
        let token = current
        switch token.kind {
        case .string(let value):
            position += 1
            return ref(value, token)
        case .identifier(let name):
            throw error("option ids are quoted: write \"\(name)\"")
        default:
            throw error("expected a quoted option id, found \(token.display)")
        }
    }

    private mutating func expect(_ kind: ConditionToken.Kind, _ message: String) throws(ConditionError) {
        guard current.kind == kind else { throw error(message + ", found \(current.display)") }
        position += 1
    }

    private func isKeyword(_ word: String) -> Bool {
        current.kind == .identifier(word)
    }

    private func ref(_ id: String, _ token: ConditionToken) -> Ref {
        // A quoted id starts one column after its quote.
        if case .string = token.kind { return Ref(id: id, location: locate(token.offset + 1)) }
        return Ref(id: id, location: locate(token.offset))
    }

    private func error(_ message: String) -> ConditionError {
        ConditionError(message: message, offset: current.offset, location: locate(current.offset))
    }
}
