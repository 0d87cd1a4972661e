/// Splits a condition string into tokens.
struct ConditionLexer {
    private let scalars: [Unicode.Scalar]
    private let locate: (Int) -> SourceLocation

    init(_ text: String, locate: @escaping (Int) -> SourceLocation) {
        // Conditions are nearly always ASCII, whose bytes are its scalars: reading the bytes
        // skips decoding and counting the scalars first.
        var text = text
        scalars = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.map { Unicode.Scalar($0) } : nil
        } ?? Array(text.unicodeScalars)
        self.locate = locate
    }

    func tokens() throws(ConditionError) -> [ConditionToken] {
        var result: [ConditionToken] = []
        result.reserveCapacity(scalars.count / 4 + 2)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            switch scalar {
            case " ", "\t", "\n", "\r":
                index += 1
                continue
            case "(": result.append(.init(kind: .leftParen, offset: start)); index += 1
            case ")": result.append(.init(kind: .rightParen, offset: start)); index += 1
            case "[": result.append(.init(kind: .leftBracket, offset: start)); index += 1
            case "]": result.append(.init(kind: .rightBracket, offset: start)); index += 1
            case ",": result.append(.init(kind: .comma, offset: start)); index += 1
            case "=", "!":
                guard index + 1 < scalars.count, scalars[index + 1] == "=" else {
                    throw error(scalar == "=" ? "use '==' to compare, not '='" : "expected '!='", at: start)
                }
                result.append(.init(kind: scalar == "=" ? .equal : .notEqual, offset: start))
                index += 2
            case "\"", "'":
                var end = index + 1
                while end < scalars.count, scalars[end] != scalar { end += 1 }
                guard end < scalars.count else { throw error("unterminated string", at: start) }
                result.append(.init(kind: .string(text(from: index + 1, to: end)), offset: start))
                index = end + 1
            default:
                guard ConditionLexer.isIdentifier(scalar) else {
                    throw error("unexpected character '\(scalar)'", at: start)
                }
                var end = index
                while end < scalars.count, ConditionLexer.isIdentifier(scalars[end]) { end += 1 }
                result.append(.init(kind: .identifier(text(from: index, to: end)), offset: start))
                index = end
            }
        }
        result.append(.init(kind: .end, offset: scalars.count))
        return result
    }

    /// The scalars `start..<end` as a string. ASCII (ids and keywords always are) is copied
    /// byte by byte into the new string; anything else is appended scalar by scalar (appending a
    /// slice goes through an unspecialized generic path, about 6,000 instructions per token).
    private func text(from start: Int, to end: Int) -> String {
        if scalars[start..<end].allSatisfy(\.isASCII) {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for index in start..<end { buffer[index - start] = UInt8(truncatingIfNeeded: scalars[index].value) }
                return end - start
            }
        }
        var value = ""
        value.unicodeScalars.reserveCapacity(end - start)
        for scalar in scalars[start..<end] { value.unicodeScalars.append(scalar) }
        return value
    }

    static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return true
        default: return false
        }
    }

    private func error(_ message: String, at offset: Int) -> ConditionError {
        ConditionError(message: message, offset: offset, location: locate(offset))
    }
}
