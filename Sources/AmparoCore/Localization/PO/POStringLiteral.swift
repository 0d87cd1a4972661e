/// Reads one C string literal (`"…"`) of a PO line, with its escapes, as bytes.
///
/// Octal and hex escapes stand for bytes, so the result is bytes; the caller decodes the
/// concatenated pieces as UTF-8 once the whole string has been read.
enum POStringLiteral {
    /// A literal read successfully: its bytes, and the index just past the closing quote.
    struct Read {
        let bytes: [UInt8]
        let end: Int
    }

    /// A problem at a 0-based scalar index of the line.
    struct Failure: Error {
        let index: Int
        let message: String
        let code: LocalizationDiagnosticCode
    }

    /// Reads the literal whose opening quote is at `start`.
    static func read(_ line: [Unicode.Scalar], from start: Int) -> Result<Read, Failure> {
        var bytes: [UInt8] = []
        var index = start + 1
        while index < line.count {
            let scalar = line[index]
            switch scalar {
            case "\"":
                return .success(Read(bytes: bytes, end: index + 1))
            case "\\":
                guard index + 1 < line.count else {
                    return .failure(Failure(index: index, message: "a backslash at the end of the line; a PO string cannot continue on the next line this way (close it and start a new \"…\" line)", code: .unterminatedString))
                }
                switch escape(line, at: index + 1) {
                case .success(let (value, next)):
                    bytes.append(value)
                    index = next
                case .failure(let failure):
                    return .failure(failure)
                }
            default:
                bytes.append(contentsOf: String(scalar).utf8)
                index += 1
            }
        }
        return .failure(Failure(index: start, message: "this string has no closing quote", code: .unterminatedString))
    }

    /// Decodes the escape whose letter is at `index` (just after the backslash).
    private static func escape(_ line: [Unicode.Scalar], at index: Int) -> Result<(UInt8, Int), Failure> {
        let letter = line[index]
        if let simple = simpleEscapes[letter] { return .success((simple, index + 1)) }
        if letter == "x" {
            var value = 0
            var cursor = index + 1
            while cursor < line.count, let digit = hexValue(line[cursor]) {
                value = value * 16 + digit
                cursor += 1
                if value > 0xFF { break }
            }
            guard cursor > index + 1 else {
                return .failure(Failure(index: index - 1, message: "\\x must be followed by hex digits", code: .invalidEscape))
            }
            guard value <= 0xFF else {
                return .failure(Failure(index: index - 1, message: "hex escape is larger than one byte (\\xFF)", code: .invalidEscape))
            }
            return checkedByte(value, index: index, next: cursor)
        }
        if let first = octalValue(letter) {
            var value = first
            var cursor = index + 1
            while cursor < line.count, cursor < index + 3, let digit = octalValue(line[cursor]) {
                value = value * 8 + digit
                cursor += 1
            }
            guard value <= 0xFF else {
                return .failure(Failure(index: index - 1, message: "octal escape is larger than one byte (\\377)", code: .invalidEscape))
            }
            return checkedByte(value, index: index, next: cursor)
        }
        return .failure(Failure(index: index - 1, message: "unknown escape sequence '\\\(String(letter).debugDescription.dropFirst().dropLast())'", code: .invalidEscape))
    }

    private static func checkedByte(_ value: Int, index: Int, next: Int) -> Result<(UInt8, Int), Failure> {
        guard value != 0 else {
            return .failure(Failure(index: index - 1, message: "a string cannot contain a NUL character", code: .invalidEscape))
        }
        return .success((UInt8(value), next))
    }

    private static let simpleEscapes: [Unicode.Scalar: UInt8] = [
        "n": 0x0A, "t": 0x09, "\"": 0x22, "\\": 0x5C, "a": 0x07, "b": 0x08,
        "f": 0x0C, "r": 0x0D, "v": 0x0B, "?": 0x3F, "'": 0x27,
    ]

    private static func hexValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": Int(scalar.value - 48)
        case "a"..."f": Int(scalar.value - 97 + 10)
        case "A"..."F": Int(scalar.value - 65 + 10)
        default: nil
        }
    }

    private static func octalValue(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."7").contains(scalar) ? Int(scalar.value - 48) : nil
    }
}
