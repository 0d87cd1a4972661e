import AmparoCore

/// The one table of what a person can ask for: each action once, with the keys that send it,
/// how the key is shown, its footer label, its line on the help screen, its letter in the plain
/// line mode, and where it is offered. The key map (`KeyMap.standard`), the footer hints, the
/// help screen and the plain mode's commands and prompts are all built from it, the way tig
/// builds its help from the live key map.
///
/// To bind another key to an action, add it to the action's `keys` here: nothing else changes.
public enum ActionTable {
    /// Where an action is offered.
    public enum Availability: Hashable, Sendable {
        /// In every mode.
        case always
        /// Only when the install turns reading aloud on.
        case whenReadAloud
    }

    /// How a key is shown in hints and help.
    public enum KeyLabel: Hashable, Sendable {
        /// As typed (`b`, `?`, `PgDn`): the same in every language.
        case text(String)
        /// A named key, in the person's language (`Enter`, `Esc`).
        case named(InterfaceString)
    }

    /// One action's row.
    public struct Binding: Sendable {
        /// The action.
        public var action: Action
        /// The keys that send it.
        public var keys: [Key]
        /// The key as the footer shows it.
        public var label: KeyLabel
        /// What the footer says it does (screens may say it more precisely, e.g. "Continue").
        public var footer: InterfaceString?
        /// The keys as the help screen lists them, when not `label` ("Enter, 1-9").
        public var helpKeys: [KeyLabel]?
        /// Its line on the help screen; `nil` keeps it off the help screen.
        public var help: InterfaceString?
        /// Its line on the help screen in a kiosk, when different ("Finish" for `q`).
        public var kioskHelp: InterfaceString?
        /// The letters that send it in the plain line mode.
        public var plainLetters: [String]
        /// Whether the plain mode's prompts name it after the instruction ("b: Back").
        public var inPlainPrompt: Bool
        /// Where it is offered.
        public var availability: Availability

        init(_ action: Action, keys: [Key], label: KeyLabel, footer: InterfaceString? = nil,
             helpKeys: [KeyLabel]? = nil, help: InterfaceString? = nil, kioskHelp: InterfaceString? = nil,
             plain: [String] = [], inPlainPrompt: Bool = false, availability: Availability = .always) {
            self.action = action
            self.keys = keys
            self.label = label
            self.footer = footer
            self.helpKeys = helpKeys
            self.help = help
            self.kioskHelp = kioskHelp
            self.plainLetters = plain
            self.inPlainPrompt = inPlainPrompt
            self.availability = availability
        }
    }

    /// A letter in either case.
    private static func letter(_ letter: Character) -> [Key] {
        [.character(letter), .character(Character(letter.uppercased()))]
    }

    /// Every action, in the order the help screen lists them.
    public static let standard: [Binding] = [
        Binding(.up, keys: [.up, .wheelUp], label: .text("↑"), helpKeys: [.named(.keyArrows)], help: .helpMove),
        Binding(.down, keys: [.down, .wheelDown], label: .text("↓")),
        Binding(.confirm, keys: [.enter, .right], label: .named(.keyEnter), footer: .select,
                helpKeys: [.named(.keyEnter), .text("1-9")], help: .helpSelect),
        Binding(.toggle, keys: [.character(" ")], label: .named(.keySpace), footer: .toggle, help: .helpToggle),
        Binding(.back, keys: letter("b") + [.backspace, .delete, .left], label: .text("b"), footer: .back,
                helpKeys: [.text("b"), .named(.keyEscape)], help: .helpBack, plain: ["b"], inPlainPrompt: true),
        Binding(.restart, keys: letter("r"), label: .text("r"), footer: .restart, help: .helpRestart,
                plain: ["r"], inPlainPrompt: true),
        Binding(.language, keys: letter("l"), label: .text("l"), footer: .changeLanguage, help: .helpLanguage),
        Binding(.pageUp, keys: [.pageUp], label: .text("PgUp"), helpKeys: [.text("PgUp PgDn")], help: .helpScroll),
        Binding(.pageDown, keys: [.pageDown], label: .text("PgDn"), footer: .scroll),
        Binding(.first, keys: [.home], label: .text("Home")),
        Binding(.last, keys: [.end], label: .text("End")),
        Binding(.urgent, keys: letter("a") + [.character("!")], label: .text("a"), footer: .urgentAction,
                helpKeys: [.text("a"), .text("!")], help: .helpUrgent, plain: ["a", "!"]),
        Binding(.takeAway, keys: letter("t"), label: .text("t"), footer: .takeAwayAction, help: .helpTakeAway),
        Binding(.sources, keys: letter("d"), label: .text("d"), footer: .sourcesAction, help: .helpSources),
        Binding(.readAloud, keys: letter("s"), label: .text("s"), footer: .readAloudAction, help: .helpReadAloud,
                availability: .whenReadAloud),
        Binding(.quickExit, keys: letter("x"), label: .text("x"), footer: .quickExit, help: .helpQuickExitStandard,
                kioskHelp: .helpQuickExit),
        Binding(.help, keys: [.character("?"), .function(1)], label: .text("?"), footer: .help),
        Binding(.dismiss, keys: [.escape], label: .named(.keyEscape), footer: .close),
        Binding(.quit, keys: letter("q"), label: .text("q"), footer: .quit, help: .helpQuit, kioskHelp: .finishAction,
                plain: ["q"], inPlainPrompt: true),
        Binding(.staff, keys: [.function(10)], label: .text("F10")),
        Binding(.print, keys: letter("p"), label: .text("p"), footer: .takeAwayPrint),
        Binding(.save, keys: letter("w"), label: .text("w"), footer: .takeAwaySave),
    ]

    /// The row of `action`; every action a key can send has one.
    public static func binding(for action: Action) -> Binding? {
        standard.first { $0.action == action }
    }

    /// The key→action table of `KeyMap.standard`: every row's keys, and the digits 1-9 as
    /// `pick(n)`.
    static var keyTable: [Key: Action] {
        var table: [Key: Action] = [:]
        for binding in standard {
            for key in binding.keys { table[key] = binding.action }
        }
        for digit in 1...9 { table[.character(Character(String(digit)))] = .pick(digit) }
        return table
    }

    /// The action a line typed in the plain mode names (`b`, `Q`, `!`), if any.
    public static func plainAction(for line: String) -> Action? {
        let typed = line.lowercased()
        return standard.first { $0.plainLetters.contains(typed) }?.action
    }
}
