/// How reports turn flow text and interface strings into words: English by default, or through a
/// localizer for `--lang`. Reports never look text up any other way.
public struct ReportLanguage: Sendable {
    /// The text of a flow string.
    public var text: @Sendable (Text) -> String
    /// An interface string with its arguments put in.
    public var interface: @Sendable (InterfaceString, [FormatArgument]) -> String

    /// Creates a language from two lookups.
    public init(text: @escaping @Sendable (Text) -> String,
                interface: @escaping @Sendable (InterfaceString, [FormatArgument]) -> String) {
        self.text = text
        self.interface = interface
    }

    /// The English source text.
    public static let english = ReportLanguage(
        text: { $0.english },
        interface: { string, arguments in CFormat.format(string.english, arguments) }
    )

    /// An interface string.
    public func callAsFunction(_ string: InterfaceString, _ arguments: FormatArgument...) -> String {
        interface(string, arguments)
    }
}
