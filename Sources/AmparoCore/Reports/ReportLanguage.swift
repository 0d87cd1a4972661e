/// How reports turn flow text and interface strings into words: English by default, or through a
/// localizer for `--lang`. Reports never look text up any other way.
public struct ReportLanguage: Sendable {
    /// The text of a flow string.
    public var text: @Sendable (Text) -> String
    /// An interface string with its arguments put in.
    public var interface: @Sendable (InterfaceString, [FormatArgument]) -> String
    /// For texts shown together (one card, one question with its answers): the notice to print
    /// above them when they must be shown in English although another language was chosen, or
    /// `nil` when they are all translated. A group with a notice is shown all in English.
    public var fallbackNotice: @Sendable ([Text]) -> String?
    /// The language's tag, for dates in words (``DateWords``).
    public var tag: String

    /// Creates a language from its lookups.
    public init(text: @escaping @Sendable (Text) -> String,
                interface: @escaping @Sendable (InterfaceString, [FormatArgument]) -> String,
                fallbackNotice: @escaping @Sendable ([Text]) -> String? = { _ in nil }, tag: String = Language.english.tag) {
        self.text = text
        self.interface = interface
        self.fallbackNotice = fallbackNotice
        self.tag = tag
    }

    /// The English source text (dates in words).
    public static let english = ReportLanguage(
        text: { $0.englishWords },
        interface: { string, arguments in CFormat.format(string.english, arguments) }
    )

    /// The words for a group of texts shown together, all or nothing: translated when every
    /// one is, else English with the notice to print above them.
    public func group(_ texts: [Text]) -> (word: @Sendable (Text) -> String, notice: String?) {
        if let notice = fallbackNotice(texts) { return ({ $0.englishWords }, notice) }
        return (text, nil)
    }

    /// An interface string.
    public func callAsFunction(_ string: InterfaceString, _ arguments: FormatArgument...) -> String {
        interface(string, arguments)
    }
}
