/// The one table from keys to actions.
public struct KeyMap: Sendable {
    /// Key → action. Digits 1-9 are added as `pick(n)`.
    public let table: [Key: Action]

    /// A key map from a table.
    public init(table: [Key: Action]) {
        self.table = table
    }

    /// The action for `key`, or nil when the key means nothing.
    public func action(for key: Key) -> Action? {
        switch key {
        case let .click(x, y):
            return .click(x: x, y: y)
        case .resize:
            return .resize
        case .endOfInput:
            return .quit
        default:
            return table[key]
        }
    }

    /// Amparo's keys, from the one action table (`ActionTable`).
    public static let standard = KeyMap(table: ActionTable.keyTable)
}
