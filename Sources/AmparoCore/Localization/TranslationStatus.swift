/// How a language's translation was made and reviewed, as its catalog's
/// `X-Amparo-Translation-Status` header records it, for example
/// `machine-drafted, not yet reviewed by a qualified legal translator`.
///
/// The first word (before a comma) is the status; the rest is a free description. A review is
/// claimed only by the exact word `legal-reviewed`: anything unclear counts as unrecorded.
public enum TranslationStatus: Sendable, Hashable {
    /// English, the source language: nothing was translated.
    case source
    /// Drafted by a machine; no qualified legal translator has checked it.
    case machineDrafted(detail: String)
    /// Translated by volunteers; no qualified legal translator has checked it.
    case volunteerTranslated(detail: String)
    /// Checked by a qualified legal translator.
    case legalReviewed(detail: String)
    /// The header does not say (or says something this program does not recognize).
    case unrecorded(headerValue: String?)

    /// The status words a header may start with.
    public static let recognizedWords = ["machine-drafted", "volunteer-translated", "legal-reviewed"]

    /// Reads a header value (or its absence).
    public init(headerValue: String?) {
        guard let value = headerValue?.trimming(" \t"), !value.isEmpty else {
            self = .unrecorded(headerValue: headerValue)
            return
        }
        let word = value.prefix { $0 != "," }.trimming(" \t").lowercased()
        switch word {
        case "machine-drafted": self = .machineDrafted(detail: value)
        case "volunteer-translated": self = .volunteerTranslated(detail: value)
        case "legal-reviewed": self = .legalReviewed(detail: value)
        default: self = .unrecorded(headerValue: value)
        }
    }

    /// The interface string that tells the person, in their language, how the translation was made.
    public var notice: InterfaceString {
        switch self {
        case .source: .translationStatusEnglish
        case .machineDrafted: .translationStatusMachine
        case .volunteerTranslated: .translationStatusVolunteer
        case .legalReviewed: .translationStatusReviewed
        case .unrecorded: .translationStatusUnknown
        }
    }

    /// The header's own words (for the volunteer view and `amparo translations status`).
    public var summary: String {
        switch self {
        case .source: "source language"
        case .machineDrafted(let detail), .volunteerTranslated(let detail), .legalReviewed(let detail): detail
        case .unrecorded(let value): value.map { "unrecorded (header says: \($0))" } ?? "unrecorded (no \(POHeader.translationStatusField) header)"
        }
    }
}
