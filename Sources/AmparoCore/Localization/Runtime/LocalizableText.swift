/// Anything with a stable text key and its current English: a flow's text, an interface string.
public protocol LocalizableText {
    /// The stable key (the gettext `msgctxt`), for example `demo.step.door.text` or `ui.action.back`.
    var key: String { get }
    /// Today's English text (the `msgid` a translation must match to be used).
    var english: String { get }
}

extension InterfaceString: LocalizableText {}

/// A key and its English, when there is no model value at hand.
public struct KeyedText: LocalizableText, Sendable, Hashable {
    public let key: String
    public let english: String

    /// Creates a keyed text.
    public init(key: String, english: String) {
        self.key = key
        self.english = english
    }
}
