/// Reads one C string literal (`"…"`) of a PO line, with its escapes, as bytes.
///
/// The line is UTF-8 bytes that are already known to be valid; positions are byte indices of
/// the line's slice. Octal and hex escapes stand for bytes, so the result is bytes; the caller
/// decodes the concatenated pieces as UTF-8 once the whole string has been read.
enum POStringLiteral {
    /// A literal read successfully: its bytes, and the index just past the closing quote.
    struct Read {
        let bytes: [UInt8]
        let end: Int
    }

    /// A problem at a byte index of the line.
    struct Failure: Error {
        let index: Int
        let message: String
        let code: DiagnosticCode
    }

    /// Reads the literal whose opening quote is at `start`.
    static func read(_ line: ArraySlice<UInt8>, from start: Int) -> Result<Read, Failure> {
        var bytes: [UInt8] = []
        var index = start + 1
        var runStart = index
        while index < line.endIndex {
            let byte = line[index]
            if byte == 0x22 {
                bytes.append(contentsOf: line[runStart..<index])
                return .success(Read(bytes: bytes, end: index + 1))
            }
            guard byte == 0x5C else {
                index += 1
                continue
            }
            bytes.append(contentsOf: line[runStart..<index])
            guard index + 1 < line.endIndex else {
                return .failure(Failure(index: index, message: "a backslash at the end of the line; a PO string cannot continue on the next line this way (close it and start a new \"…\" line)", code: .unterminatedString))
            }
            switch escape(line, at: index + 1) {
            case .success(let (value, next)):
                bytes.append(value)
                index = next
                runStart = next
            case .failure(let failure):
                return .failure(failure)
            }
        }
        return .failure(Failure(index: start, message: "this string has no closing quote", code: .unterminatedString))
    }

    /// Decodes the escape whose letter is at `index` (just after the backslash).
    private static func escape(_ line: ArraySlice<UInt8>, at index: Int) -> Result<(UInt8, Int), Failure> {
        let letter = line[index]
        if let simple = simpleEscape(letter) { return .success((simple, index + 1)) }
        if letter == UInt8(ascii: "x") {
            var value = 0
            var cursor = index + 1
            while cursor < line.endIndex, let digit = hexValue(line[cursor]) {
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
            while cursor < line.endIndex, cursor < index + 3, let digit = octalValue(line[cursor]) {
                value = value * 8 + digit
                cursor += 1
            }
            guard value <= 0xFF else {
                return .failure(Failure(index: index - 1, message: "octal escape is larger than one byte (\\377)", code: .invalidEscape))
            }
            return checkedByte(value, index: index, next: cursor)
        }
        let shown = POLineScanner.scalar(in: line, at: index)
        return .failure(Failure(index: index - 1, message: "unknown escape sequence '\\\(shown.debugDescription.dropFirst().dropLast())'", code: .invalidEscape))
    }

    private static func checkedByte(_ value: Int, index: Int, next: Int) -> Result<(UInt8, Int), Failure> {
        guard value != 0 else {
            return .failure(Failure(index: index - 1, message: "a string cannot contain a NUL character", code: .invalidEscape))
        }
        return .success((UInt8(value), next))
    }

    private static func simpleEscape(_ letter: UInt8) -> UInt8? {
        switch letter {
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "a"): 0x07
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "v"): 0x0B
        case UInt8(ascii: "?"): 0x3F
        case UInt8(ascii: "'"): 0x27
        default: nil
        }
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - 97 + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - 65 + 10)
        default: nil
        }
    }

    private static func octalValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte) ? Int(byte - 48) : nil
    }
}
