/// A screen that is a list to choose from: a question, the language picker, the flow picker.
public struct ListPage: Hashable, Sendable {
    /// The top bar.
    public var header: Header
    /// Notices shown first (a translation shown in English, for example).
    public var notices: [String]
    /// The question or the screen's heading.
    public var text: String
    /// A longer explanation under the text.
    public var detail: String?
    /// "Choose one answer." and similar.
    public var instruction: String?
    /// The choices, numbered from 1.
    public var choices: [ChoiceItem]
    /// A "Continue" button after the choices (multiple-choice questions and information screens).
    public var continueLabel: String?

    public init(header: Header, notices: [String] = [], text: String, detail: String? = nil,
                instruction: String? = nil, choices: [ChoiceItem], continueLabel: String? = nil) {
        self.header = header
        self.notices = notices
        self.text = text
        self.detail = detail
        self.instruction = instruction
        self.choices = choices
        self.continueLabel = continueLabel
    }

    /// Choices plus the continue button, if any: the positions the highlight can take.
    public var itemCount: Int { choices.count + (continueLabel == nil ? 0 : 1) }
}
