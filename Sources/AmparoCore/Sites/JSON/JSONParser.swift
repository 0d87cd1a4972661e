/// A strict JSON reader (RFC 8259) for site files, which are hostile input: it keeps the line
/// and column of every value and key, refuses anything RFC 8259 does not allow (comments,
/// trailing commas, single quotes, control characters in strings, lone surrogates, text after
/// the value), and stops at a nesting depth limit instead of recursing without end.
public struct JSONParser {
    private let bytes: [UInt8]
    private let maximumNesting: Int
    private var offset = 0
    private var line = 1
    private var column = 1

    /// Parses `bytes` (UTF-8, already checked by `InputGuard`) into one value.
    public static func parse(_ bytes: [UInt8], maximumNesting: Int = InputLimits.standard.maximumNesting)
        throws(JSONParseFailure) -> JSONNode {
        var parser = JSONParser(bytes: bytes, maximumNesting: maximumNesting)
        parser.skipWhitespace()
        if parser.offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            throw parser.failure("a byte-order mark is not allowed; save the file as UTF-8 without one")
        }
        let node = try parser.value(depth: 1)
        parser.skipWhitespace()
        guard parser.offset == bytes.count else { throw parser.failure("unexpected text after the JSON value") }
        return node
    }

    private init(bytes: [UInt8], maximumNesting: Int) {
        self.bytes = bytes
        self.maximumNesting = maximumNesting
    }

    private func failure(_ message: String) -> JSONParseFailure {
        JSONParseFailure(message, line: line, column: column)
    }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func advance() {
        let byte = bytes[offset]
        offset += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { advance() }
    }

    private mutating func value(depth: Int) throws(JSONParseFailure) -> JSONNode {
        let (startLine, startColumn) = (line, column)
        guard let byte = current else { throw failure("expected a value, found the end of the file") }
        let value: JSONValue
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth <= maximumNesting else {
                throw JSONParseFailure("nested deeper than \(maximumNesting) levels", line: line, column: column, isTooDeep: true)
            }
            value = byte == UInt8(ascii: "{") ? try object(depth: depth) : try array(depth: depth)
        case UInt8(ascii: "\""): value = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); value = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); value = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try number())
        case UInt8(ascii: "/"): throw failure("comments are not allowed in JSON")
        case UInt8(ascii: "'"): throw failure("strings take double quotes (\"), not single quotes")
        default: throw failure("expected a value (an object, array, string, number, true, false or null)")
        }
        return JSONNode(value, line: startLine, column: startColumn)
    }

    private mutating func object(depth: Int) throws(JSONParseFailure) -> JSONValue {
        advance()
        var members: [JSONMember] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return .object(members) }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else {
                throw failure(current == UInt8(ascii: "}") ? "a trailing comma is not allowed before '}'" : "expected a key in double quotes")
            }
            let (keyLine, keyColumn) = (line, column)
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':' after the key \"\(key)\"") }
            advance()
            skipWhitespace()
            members.append(JSONMember(key: key, line: keyLine, column: keyColumn, node: try value(depth: depth + 1)))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "}"): advance(); return .object(members)
            case nil: throw failure("the object is not closed: expected '}'")
            default: throw failure("expected ',' or '}' after a member")
            }
        }
    }

    private mutating func array(depth: Int) throws(JSONParseFailure) -> JSONValue {
        advance()
        var elements: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return .array(elements) }
        while true {
            skipWhitespace()
            if current == UInt8(ascii: "]") { throw failure("a trailing comma is not allowed before ']'") }
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): advance()
            case UInt8(ascii: "]"): advance(); return .array(elements)
            case nil: throw failure("the array is not closed: expected ']'")
            default: throw failure("expected ',' or ']' after an element")
            }
        }
    }

    private mutating func literal(_ word: String) throws(JSONParseFailure) {
        for expected in word.utf8 {
            guard current == expected else { throw failure("expected '\(word)'") }
            advance()
        }
    }

    private mutating func number() throws(JSONParseFailure) -> Double {
        let start = offset
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, isDigit(first) else { throw failure("expected a digit") }
        advance()
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) {
            throw failure("a number may not start with 0 followed by digits")
        }
        while let byte = current, isDigit(byte) { advance() }
        if current == UInt8(ascii: ".") {
            advance()
            guard let byte = current, isDigit(byte) else { throw failure("expected a digit after '.'") }
            while let byte = current, isDigit(byte) { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let byte = current, isDigit(byte) else { throw failure("expected a digit in the exponent") }
            while let byte = current, isDigit(byte) { advance() }
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let number = Double(text), number.isFinite else { throw failure("the number \(text) is out of range") }
        return number
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func string() throws(JSONParseFailure) -> String {
        advance()
        var scalars = String.UnicodeScalarView()
        var run = offset
        func flush(_ parser: JSONParser, upTo end: Int) {
            scalars.append(contentsOf: String(decoding: parser.bytes[run..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = current else { throw failure("the string is not closed: expected '\"'") }
            switch byte {
            case UInt8(ascii: "\""):
                flush(self, upTo: offset)
                advance()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flush(self, upTo: offset)
                advance()
                scalars.append(try escape())
                run = offset
            case 0x00..<0x20:
                throw failure("a control character (such as a line break or tab) must be escaped in a string")
            default:
                advance()
            }
        }
    }

    private mutating func escape() throws(JSONParseFailure) -> Unicode.Scalar {
        guard let byte = current else { throw failure("the string is not closed: expected '\"'") }
        advance()
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try hexQuad()
            if (0xD800...0xDBFF).contains(high) {
                guard current == UInt8(ascii: "\\") else { throw failure("a lone surrogate \\u\(hex(high)) is not a character") }
                advance()
                guard current == UInt8(ascii: "u") else { throw failure("a lone surrogate \\u\(hex(high)) is not a character") }
                advance()
                let low = try hexQuad()
                guard (0xDC00...0xDFFF).contains(low) else { throw failure("a lone surrogate \\u\(hex(high)) is not a character") }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
            }
            guard let scalar = Unicode.Scalar(high) else { throw failure("a lone surrogate \\u\(hex(high)) is not a character") }
            return scalar
        default:
            throw failure("unknown escape '\\\(Character(Unicode.Scalar(byte)))' (known: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }
    }

    private mutating func hexQuad() throws(JSONParseFailure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = hexDigit(byte) else { throw failure("expected four hex digits after \\u") }
            value = value * 16 + digit
            advance()
        }
        return value
    }

    private func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
