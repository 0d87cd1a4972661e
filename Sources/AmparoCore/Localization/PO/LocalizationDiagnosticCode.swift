/// The diagnostic codes of the localization checks (`AMP5nn`). Each is documented once in
/// `docs/diagnostics.md`.
public enum LocalizationDiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // PO syntax (errors)
    /// The file is not valid UTF-8.
    case invalidUTF8 = "AMP500"
    /// A string has no closing quote.
    case unterminatedString = "AMP501"
    /// A backslash escape is not one of `\n \t \" \\ \a \b \f \r \v \? \'`, octal or hex.
    case invalidEscape = "AMP502"
    /// A line is not a comment, a keyword with a string, or a continuation string.
    case unexpectedText = "AMP503"
    /// Keywords out of order, repeated, or missing (`msgstr` with no `msgid`, …).
    case malformedEntry = "AMP504"
    /// `msgstr[N]` does not fit `msgid_plural` or the header's `nplurals`.
    case pluralMismatch = "AMP505"
    /// Two entries with the same `msgctxt` and `msgid`.
    case duplicateEntry = "AMP506"
    /// No header, or a header without `charset=UTF-8`.
    case badHeader = "AMP507"
    /// `Plural-Forms` cannot be read.
    case badPluralForms = "AMP508"

    // Catalog contents (checked against the flows and interface strings)
    /// A translation does not take the same `%d`/`%s` arguments as its English.
    case formatMismatch = "AMP520"
    /// An entry's key is not used by any flow or interface string (warning).
    case unknownKey = "AMP521"
    /// A catalog is named by a language tag Amparo does not know.
    case unknownLanguage = "AMP522"
    /// The header does not record how the translation was made and reviewed (warning).
    case missingTranslationStatus = "AMP523"
    /// The header's `Language` does not match the file name.
    case languageMismatch = "AMP524"
    /// `Localization/amparo.pot` is out of date with the flows and interface strings.
    case staleTemplate = "AMP525"
    /// A translation contains an emoji (terminals disagree on their width) (warning).
    case emojiInTranslation = "AMP526"

    /// How serious a problem with this code is.
    public var severity: PODiagnostic.Severity {
        switch self {
        case .unknownKey, .unknownLanguage, .missingTranslationStatus, .staleTemplate, .emojiInTranslation: .warning
        default: .error
        }
    }
}
