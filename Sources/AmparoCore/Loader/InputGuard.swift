import Foundation

/// Checks raw file bytes before any YAML parsing: size and binary data. UTF-8 validity is
/// checked by libyaml's reader as it parses (every byte passes through it); when the parse
/// fails, `encodingProblem(in:file:)` names the first bad byte exactly. (Nesting depth, anchors
/// and aliases are refused while parsing, by `YAMLTreeBuilder`.)
enum InputGuard {
    /// The bytes when they are safe to parse, or the one diagnostic that refuses them.
    /// The bytes are used in place (a large flow is not copied); they come back indexed from 0,
    /// without a leading byte order mark (Windows editors write one; positions count from after
    /// it, and libyaml, told the text is UTF-8, would read it as a character).
    static func check(_ data: Data, file: String, limits: InputLimits) -> Result<Data, Diagnostic> {
        if data.count > limits.maximumFileSize {
            return .failure(tooLarge(size: data.count, file: file, limits: limits))
        }
        let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
        let bytes = hasBOM ? Data(data.dropFirst(3)) : data.startIndex == 0 ? data : Data(data)
        if !hasOnlyTextBytes(bytes), let problem = encodingProblem(in: bytes, file: file) {
            return .failure(problem)
        }
        return .success(bytes)
    }

    /// The first byte that is not valid UTF-8, or the first control byte (binary data), as a
    /// located diagnostic; `nil` when the bytes are clean UTF-8 text.
    static func encodingProblem(in bytes: Data, file: String) -> Diagnostic? {
        firstEncodingProblem(bytes).map {
            Diagnostic(.invalidEncoding, $0.message, at: location(ofByte: $0.offset, in: bytes, file: file))
        }
    }

    /// The refusal of a file of `size` bytes, over the limit.
    static func tooLarge(size: Int, file: String, limits: InputLimits) -> Diagnostic {
        Diagnostic(.fileTooLarge,
                   "file is \(describeSize(size)); the limit is \(describeSize(limits.maximumFileSize)), so it was not read",
                   at: SourceLocation(file: file, line: 1, column: 1))
    }

    private static func describeSize(_ count: Int) -> String {
        count >= 1_048_576 ? String(format: "%.1f MB", Double(count) / 1_048_576) : "\(count) bytes"
    }

    /// No control byte but tab, line feed and carriage return: the common case. (A byte below
    /// 0x20 or 0x7F is always a whole character in UTF-8, so checking bytes is the same as
    /// checking characters.) `false` sends the caller to `firstEncodingProblem`.
    private static func hasOnlyTextBytes(_ bytes: Data) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            // Eight bytes at a time: a word with no byte below 0x20 and none equal to 0x7F needs
            // no closer look (most words; only those holding a line break or tab are read byte
            // by byte).
            let words = raw.count / 8
            for word in 0..<words {
                let value = raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
                let below20 = (value &- 0x2020_2020_2020_2020) & ~value & 0x8080_8080_8080_8080
                let delete = value ^ 0x7F7F_7F7F_7F7F_7F7F
                let is7F = (delete &- 0x0101_0101_0101_0101) & ~delete & 0x8080_8080_8080_8080
                if below20 | is7F != 0, !allowed(raw[(word * 8)..<(word * 8 + 8)]) { return false }
            }
            return allowed(raw[(words * 8)...])
        }
    }

    /// No control byte but tab, line feed and carriage return.
    private static func allowed(_ bytes: Slice<UnsafeRawBufferPointer>) -> Bool {
        for byte in bytes where byte < 0x20 || byte == 0x7F {
            if byte != 0x09, byte != 0x0A, byte != 0x0D { return false }
        }
        return true
    }

    /// The first byte that is not valid UTF-8, or a control character other than tab, line
    /// feed and carriage return (which means binary data).
    private static func firstEncodingProblem(_ bytes: Data) -> (offset: Int, message: String)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, let byte = encoded.first, byte < 0x20 || byte == 0x7F,
                   byte != 0x09, byte != 0x0A, byte != 0x0D {
                    let hex = String(byte, radix: 16, uppercase: true)
                    return (offset, "binary data: control byte 0x\(hex.count == 1 ? "0" + hex : hex); a flow must be UTF-8 text")
                }
                offset += encoded.count
            case .error(let length):
                let hex = String(bytes[offset], radix: 16, uppercase: true)
                _ = length
                return (offset, "invalid UTF-8 (byte 0x\(hex)); save the file as UTF-8")
            case .emptyInput:
                return nil
            }
        }
    }

    /// The line and column (in Unicode scalars) of a byte offset, counting only the valid prefix.
    static func location(ofByte offset: Int, in bytes: Data, file: String) -> SourceLocation {
        let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
        var line = 1, column = 1
        for scalar in prefix.unicodeScalars {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
