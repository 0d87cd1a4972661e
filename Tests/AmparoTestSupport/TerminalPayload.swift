import Foundation

/// The hostile-terminal corpus, `Tests/Payloads/terminal-payloads.json`: OSC 0/8/52, CSI 2J/6n,
/// `?1049l`, DCS, RIS, C1 CSI, CR, BS, BEL, NUL, SGR 8, the bidi controls, U+FEFF and more.
public struct TerminalPayload: Decodable, CustomStringConvertible, Sendable {
    public let name: String
    public let text: String
    public var description: String { name }

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Every payload.
    public static let all: [TerminalPayload] = {
        let path = TestContentFiles.packageRoot + "/Tests/Payloads/terminal-payloads.json"
        return (try? JSONDecoder().decode([TerminalPayload].self, from: Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
    }()

    /// The payload as the inside of a YAML double-quoted scalar: every character outside
    /// printable ASCII as a `\u` or `\U` escape.
    public var yamlEscaped: String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\\": return "\\\\"
            case "\"": return "\\\""
            case " "..."~": return String(scalar)
            default:
                let hex = String(scalar.value, radix: 16)
                return scalar.value <= 0xFFFF ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            }
        }.joined()
    }
}

/// The tests' own rule, written apart from `TerminalSafeText`: the first character a terminal
/// would act on (a C0 control other than line feed, DEL, a C1 control, a bidi embedding,
/// override or isolate control, U+FEFF), or nil.
public func firstTerminalActingScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0xFEFF
    }
}
