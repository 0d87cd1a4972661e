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

    /// The keys bound to `action`, for hints and help.
    public func keys(for action: Action) -> [Key] {
        table.filter { $0.value == action }.map(\.key)
    }

    /// Amparo's keys.
    public static let standard = KeyMap(table: standardTable())

    private static func standardTable() -> [Key: Action] {
        var table: [Key: Action] = [
            .up: .up, .down: .down,
            .wheelUp: .up, .wheelDown: .down,
            .pageUp: .pageUp, .pageDown: .pageDown,
            .home: .first, .end: .last,
            .enter: .confirm, .right: .confirm,
            .character(" "): .toggle,
            .backspace: .back, .delete: .back, .left: .back,
            .character("?"): .help, .function(1): .help,
            .escape: .dismiss,
            .character("!"): .urgent, .function(10): .staff,
        ]
        for (letter, action) in [("b", Action.back), ("l", .language), ("r", .restart), ("q", .quit),
                                 ("a", .urgent), ("x", .quickExit), ("s", .readAloud),
                                 ("t", .takeAway), ("p", .print), ("w", .save)] {
            table[.character(Character(letter))] = action
            table[.character(Character(letter.uppercased()))] = action
        }
        for digit in 1...9 {
            table[.character(Character(String(digit)))] = .pick(digit)
        }
        return table
    }
}
