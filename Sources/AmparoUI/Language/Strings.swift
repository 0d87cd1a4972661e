import AmparoCore

/// The one lookup for every word the interface shows: interface strings (`ui.…`)
/// and flow text, in the current language, with English fallbacks flagged.
///
/// Views and the app ask only this type, so the source of translations (today the
/// English built into `InterfaceString` and the flows, then the catalogs) is
/// chosen in one place: `Strings.init`.
public struct Strings: Sendable {
    /// The language being shown (BCP 47).
    public let languageTag: String
    private let interface: @Sendable (InterfaceString) -> String
    private let content: @Sendable (AmparoCore.Text) -> LocalizedText

    /// Strings from two lookups: interface strings and flow text.
    public init(languageTag: String,
                interface: @escaping @Sendable (InterfaceString) -> String,
                content: @escaping @Sendable (AmparoCore.Text) -> LocalizedText) {
        self.languageTag = languageTag
        self.interface = interface
        self.content = content
    }

    /// English, the source language: nothing falls back.
    public static let english = Strings(
        languageTag: "en",
        interface: { $0.english },
        content: { LocalizedText($0.englishWords) }
    )

    /// "Checked December 2026": when a card's (or the urgent screen's) statements were last
    /// checked against their sources, the month and year in words in the current language.
    /// When the line itself is not translated, the date is said in English too, never half and half.
    public func checked(_ date: LocalDate) -> String {
        let template = interface(.cardChecked)
        let language = template == InterfaceString.cardChecked.english ? "en" : languageTag
        return CFormat.format(template, [.text(DateWords.format(date, style: .monthYear, languageTag: language))])
    }

    /// An interface string with its `%d`/`%s` arguments filled in.
    public func callAsFunction(_ string: InterfaceString, _ arguments: FormatArgument...) -> String {
        CFormat.format(interface(string), arguments)
    }

    /// An interface string with `arguments` filled in (for code that holds them as a list).
    public func format(_ string: InterfaceString, _ arguments: [FormatArgument]) -> String {
        CFormat.format(interface(string), arguments)
    }

    /// A flow's text in the current language, or English with the reason.
    public func text(_ text: AmparoCore.Text) -> LocalizedText {
        content(text)
    }

    /// The notice shown above text that fell back to English, in the current language.
    public func notice(for fallback: LocalizedText.Fallback) -> String {
        switch fallback {
        case .missing: return self(.noticeMissing)
        case .stale: return self(.noticeStale)
        }
    }
}
