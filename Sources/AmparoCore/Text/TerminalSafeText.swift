/// Text that can never drive a terminal.
///
/// A terminal acts on some characters instead of showing them: C0 controls (ESC starts the
/// sequences that set the window title, write the clipboard, ask for replies that land in the
/// input line; CR and BS overwrite what was shown), DEL, C1 controls (U+009B is a one-character
/// CSI), and the bidirectional embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069), which reorder what the reader sees. U+FEFF inside text is an invisible
/// byte order mark. Zero-width joiner and non-joiner (Persian, Indic and Khmer text needs them)
/// and the left-to-right and right-to-left marks are ordinary text.
///
/// Content refuses these characters when it is loaded (`AMP019`, `AMP527`, `AMP608`); every
/// writer also passes what it writes through ``sanitize(_:style:)``, so that text from anywhere
/// else (an argument, a file name, an environment variable, an echoed config key) cannot act on
/// the terminal either.
public enum TerminalSafeText {
    /// How a character that is not safe is written out.
    public enum Style: Sendable {
        /// Visibly, as `<U+001B>`; a tab becomes a space. For text read by people.
        case visible
        /// As a JSON string escape, `\u001b`, which keeps the data exact. Only for JSON text,
        /// where such characters can stand only inside strings.
        case jsonEscape
    }

    /// Whether `scalar` could act on a terminal: a C0 control other than line feed, DEL, a C1
    /// control, a bidirectional embedding, override or isolate control, or U+FEFF.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// The first character of `text` that could act on a terminal, and its offset in Unicode
    /// scalars; `nil` when there is none (the common case, settled by one pass over the bytes).
    public static func firstUnsafe(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        var text = text
        guard let byteOffset = text.withUTF8({ firstUnsafeByte(in: $0) }) else { return nil }
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: byteOffset)
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
        return (offset, text.unicodeScalars[index])
    }

    /// `text` with every character that could act on a terminal written out harmlessly (see
    /// ``Style``). Line feeds are kept. Text with nothing to change comes back as it is.
    public static func sanitize(_ text: String, style: Style = .visible) -> String {
        var text = text
        guard let first = text.withUTF8({ firstUnsafeByte(in: $0) }) else { return text }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: first)
        var result = String(text[..<start])
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars[start...] {
            if isUnsafe(scalar) {
                result += replacement(for: scalar, style: style)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// How `scalar` is named in messages: `U+001B (a control character)`,
    /// `U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = hex(scalar.value)
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069:
            return "U+\(code) \(scalar.properties.name ?? "") (a bidirectional control)"
        case 0xFEFF:
            return "U+FEFF (an invisible byte order mark)"
        default:
            return "U+\(code) (a control character)"
        }
    }

    private static func replacement(for scalar: Unicode.Scalar, style: Style) -> String {
        switch style {
        case .visible: scalar == "\t" ? " " : "<U+\(hex(scalar.value))>"
        case .jsonEscape: "\\u" + hex(scalar.value).lowercased()
        }
    }

    /// At least four upper-case hexadecimal digits.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The byte offset of the first unsafe character in UTF-8 `bytes` (valid UTF-8, as a
    /// `String`'s are). Printable ASCII and ordinary non-ASCII lead bytes are passed over; only
    /// the lead bytes 0xC2 (C1 controls), 0xE2 (the bidi controls) and 0xEF (U+FEFF) need a look
    /// at what follows.
    static func firstUnsafeByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F {
                index += 1
                continue
            }
            switch byte {
            case 0x0A:
                break
            case 0x00...0x1F, 0x7F:
                return index
            case 0xC2:
                if index + 1 < count, (0x80...0x9F).contains(bytes[index + 1]) { return index }
            case 0xE2:
                if index + 2 < count {
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80, (0xAA...0xAE).contains(third) { return index }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return index }
                }
            case 0xEF:
                if index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return index }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}

extension String {
    /// The string made safe to write to a terminal (``TerminalSafeText/sanitize(_:style:)``).
    public var terminalSafe: String { TerminalSafeText.sanitize(self) }
}
