/// A value to put into a C-format interface string: `%d` takes a number, `%s` takes text.
public enum FormatArgument: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
    /// A number, for `%d`.
    case number(Int)
    /// Text, for `%s`.
    case text(String)

    public init(integerLiteral value: Int) { self = .number(value) }
    public init(stringLiteral value: String) { self = .text(value) }

    /// The argument as it is written into the text.
    public var rendered: String {
        switch self {
        case .number(let value): String(value)
        case .text(let value): value
        }
    }
}
