import Foundation
@testable import AmparoCore

/// The hostile-terminal corpus, `Tests/Payloads/terminal-payloads.json` (OSC 0/8/52, CSI 2J/6n,
/// `?1049l`, DCS, RIS, C1 CSI, CR, BS, BEL, NUL, SGR 8, the bidi controls, …), and the payload
/// flow whose text fields they are put into.
struct TerminalPayload: Decodable, CustomStringConvertible, Sendable {
    let name: String
    let text: String
    var description: String { name }

    static let all: [TerminalPayload] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Payloads/terminal-payloads.json")
        return (try? JSONDecoder().decode([TerminalPayload].self, from: Data(contentsOf: url))) ?? []
    }()

    /// The payload as the inside of a YAML double-quoted scalar: every character outside
    /// printable ASCII as a `\u` or `\U` escape.
    var yamlEscaped: String {
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

    /// The fields of `Fixtures/payloads/every-text.yaml`, each written there as `"@field@"`.
    static let fields = ["title", "summary", "jurisdiction", "notice", "source-title", "source-cite", "source-url",
                         "source-contested", "step-text", "step-detail", "volunteer-note", "unsure-label",
                         "option-label", "multiple-text", "multiple-label", "outcome-text", "card-title", "card-body",
                         "card-say", "card-contested", "contact-name", "contact-phone", "contact-url", "contact-hours"]

    /// The payload flow's YAML with `payload` in `fields` and a plain word in every other field.
    static func flowYAML(_ payload: TerminalPayload?, in fields: Set<String>) -> String {
        var text = (try? String(contentsOfFile: Fixtures.path("payloads/every-text.yaml"), encoding: .utf8)) ?? ""
        for field in Self.fields {
            text = text.replacingOccurrences(of: "@\(field)@", with: fields.contains(field) ? payload?.yamlEscaped ?? field : field)
        }
        return text
    }

    /// The payload flow with `payload` in every text field. It is refused when loaded (AMP019),
    /// yet decoded, so the writers can be given what the loader would never pass on.
    static func flowWithEveryField(_ payload: TerminalPayload) -> Flow? {
        FlowLoader.load(yaml: flowYAML(payload, in: Set(fields)), file: "payload.yaml").flows.first
    }
}

/// The test's own rule, written apart from `TerminalSafeText`: the first character a terminal
/// would act on (a C0 control other than line feed, DEL, a C1 control, a bidi embedding,
/// override or isolate control, U+FEFF), or nil.
func firstTerminalActingScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || value == 0xFEFF
    }
}
