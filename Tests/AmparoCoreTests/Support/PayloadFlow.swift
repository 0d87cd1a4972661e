import AmparoTestSupport
import Foundation
@testable import AmparoCore

/// `Fixtures/payloads/every-text.yaml`, a flow whose every text field is written `"@field@"`,
/// with terminal payloads put into its fields.
enum PayloadFlow {
    /// The fields of the template.
    static let fields = ["title", "summary", "jurisdiction", "notice", "step-text", "step-detail", "volunteer-note",
                         "unsure-label", "option-label", "multiple-text", "multiple-label", "outcome-text", "card-title",
                         "card-body", "card-now", "card-say", "card-contested", "contact-name", "contact-phone",
                         "contact-url", "contact-hours"]

    /// The template's YAML with `payload` in `chosen` and a plain word in every other field.
    static func yaml(_ payload: TerminalPayload?, in chosen: Set<String>) -> String {
        var text = (try? String(contentsOfFile: Fixtures.path("payloads/every-text.yaml"), encoding: .utf8)) ?? ""
        for field in fields {
            text = text.replacingOccurrences(of: "@\(field)@", with: chosen.contains(field) ? payload?.yamlEscaped ?? field : field)
        }
        return text
    }

    /// Loads YAML with the test fact base.
    static func load(_ yaml: String) -> FlowLoadResult {
        FlowLoader.load(yaml: yaml, file: "payload.yaml", facts: TestContentFiles.factBase)
    }

    /// The flow with `payload` in every text field. It is refused when loaded (AMP019), yet
    /// decoded, so the writers can be given what the loader would never pass on.
    static func withEveryField(_ payload: TerminalPayload) -> Flow? {
        load(yaml(payload, in: Set(fields))).flows.first
    }
}
