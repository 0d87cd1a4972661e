import AmparoCore

/// The one table of what a person can ask for: each action once, with the keys that send it,
/// how the key is shown, its footer label and place on the footer, its line on the help
/// screen, its letter in the plain line mode, and where it is offered. The key map
/// (`KeyMap.standard`), the footer hints (`WizardView.hints`), the help screen and the plain
/// mode's commands and prompts are all built from it, the way tig builds its help from the
/// live key map.
///
/// To bind another key to an action, add it to the action's `keys` here: nothing else changes.
public enum ActionTable {
    /// Where an action is offered.
    public enum Availability: Hashable, Sendable {
        /// In every mode.
        case always
        /// Only when the install turns reading aloud on.
        case whenReadAloud
        /// Only in a kiosk (the staff exit): elsewhere its key means nothing, and it is never
        /// shown.
        case inKiosk
    }

    /// Where an action's button sits on the footer of the wizard's pages. (The overlays, the
    /// help and the sources screen show their own few buttons: `WizardView.hints`.)
    public struct FooterPlace: Hashable, Sendable {
        /// On which pages the button is shown.
        public enum Shown: Hashable, Sendable {
            /// As the page's main key, which the step's behaviour picks (select, toggle,
            /// continue or scroll).
            case mainKey
            /// Where there is a page to go back to (not on the language picker at the start).
            case whenCanGoBack
            /// On a step of a flow.
            case onSteps
            /// Off the language picker, when more than one language is installed.
            case withSeveralLanguages
            /// On every page.
            case onEveryPage
            /// At an outcome.
            case atOutcome
        }

        /// On which pages it is shown.
        public var shown: Shown
        /// Its place on the footer, left to right.
        public var position: Int
        /// When the footer is too narrow for every button, lower ranks are kept first (ties in
        /// footer order): in a kiosk, quick exit and "Agents are here now" come first; outside
        /// one, "Agents are here now", then the page's own keys.
        public var kioskRank: Int
        /// The rank outside a kiosk.
        public var standardRank: Int
        /// The rank in a kiosk at an outcome, when different ("Finish" rises to just after the
        /// take-away, since it starts over for the next person).
        public var kioskOutcomeRank: Int?

        init(_ shown: Shown, at position: Int, kioskRank: Int, standardRank: Int, kioskOutcomeRank: Int? = nil) {
            self.shown = shown
            self.position = position
            self.kioskRank = kioskRank
            self.standardRank = standardRank
            self.kioskOutcomeRank = kioskOutcomeRank
        }

        /// The button's `Hint.priority`.
        public func rank(kiosk: Bool, atOutcome: Bool) -> Int {
            guard kiosk else { return standardRank }
            return atOutcome ? kioskOutcomeRank ?? kioskRank : kioskRank
        }
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
        /// What the footer says in a kiosk, when different ("Finish" for `q`).
        public var kioskFooter: InterfaceString?
        /// Where its button sits on the pages' footer; `nil` keeps it off them.
        public var place: FooterPlace?
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
             kioskFooter: InterfaceString? = nil, place: FooterPlace? = nil,
             helpKeys: [KeyLabel]? = nil, help: InterfaceString? = nil, kioskHelp: InterfaceString? = nil,
             plain: [String] = [], inPlainPrompt: Bool = false, availability: Availability = .always) {
            self.action = action
            self.keys = keys
            self.label = label
            self.footer = footer
            self.kioskFooter = kioskFooter
            self.place = place
            self.helpKeys = helpKeys
            self.help = help
            self.kioskHelp = kioskHelp
            self.plainLetters = plain
            self.inPlainPrompt = inPlainPrompt
            self.availability = availability
        }

        /// Whether the action is offered: in a kiosk or not, with reading aloud on or off.
        public func isOffered(kiosk: Bool, readAloud: Bool) -> Bool {
            switch availability {
            case .always: true
            case .whenReadAloud: readAloud
            case .inKiosk: kiosk
            }
        }
    }

    /// A letter in either case.
    private static func letter(_ letter: Character) -> [Key] {
        [.character(letter), .character(Character(letter.uppercased()))]
    }

    /// The footer place of the pages' main key (select, toggle, continue or scroll: one of them
    /// is shown, as the step's behaviour picks).
    private static let mainKey = FooterPlace(.mainKey, at: 1, kioskRank: 40, standardRank: 10)

    /// Every action, in the order the help screen lists them. Footer ranks go in tens, so one
    /// can be put between two others.
    public static let standard: [Binding] = [
        Binding(.up, keys: [.up, .wheelUp], label: .text("↑"), helpKeys: [.named(.keyArrows)], help: .helpMove),
        Binding(.down, keys: [.down, .wheelDown], label: .text("↓")),
        Binding(.confirm, keys: [.enter, .right], label: .named(.keyEnter), footer: .select, place: mainKey,
                helpKeys: [.named(.keyEnter), .text("1-9")], help: .helpSelect),
        Binding(.toggle, keys: [.character(" ")], label: .named(.keySpace), footer: .toggle, place: mainKey,
                help: .helpToggle),
        Binding(.back, keys: letter("b") + [.backspace, .delete, .left], label: .text("b"), footer: .back,
                place: FooterPlace(.whenCanGoBack, at: 2, kioskRank: 50, standardRank: 20),
                helpKeys: [.text("b"), .named(.keyEscape)], help: .helpBack, plain: ["b"], inPlainPrompt: true),
        Binding(.restart, keys: letter("r"), label: .text("r"), footer: .restart,
                place: FooterPlace(.onSteps, at: 3, kioskRank: 80, standardRank: 80),
                help: .helpRestart, plain: ["r"], inPlainPrompt: true),
        Binding(.language, keys: letter("l"), label: .text("l"), footer: .changeLanguage,
                place: FooterPlace(.withSeveralLanguages, at: 4, kioskRank: 60, standardRank: 50),
                help: .helpLanguage),
        Binding(.pageUp, keys: [.pageUp], label: .text("PgUp"), helpKeys: [.text("PgUp PgDn")], help: .helpScroll),
        Binding(.pageDown, keys: [.pageDown], label: .text("PgDn"), footer: .scroll, place: mainKey),
        Binding(.first, keys: [.home], label: .text("Home")),
        Binding(.last, keys: [.end], label: .text("End")),
        Binding(.urgent, keys: letter("a") + [.character("!")], label: .text("a"), footer: .urgentAction,
                place: FooterPlace(.onEveryPage, at: 7, kioskRank: 10, standardRank: 0),
                helpKeys: [.text("a"), .text("!")], help: .helpUrgent, plain: ["a", "!"]),
        Binding(.takeAway, keys: letter("t"), label: .text("t"), footer: .takeAwayAction,
                place: FooterPlace(.atOutcome, at: 8, kioskRank: 30, standardRank: 30), help: .helpTakeAway),
        Binding(.sources, keys: letter("d"), label: .text("d"), footer: .sourcesAction,
                place: FooterPlace(.atOutcome, at: 9, kioskRank: 100, standardRank: 100), help: .helpSources),
        Binding(.readAloud, keys: letter("s"), label: .text("s"), footer: .readAloudAction,
                place: FooterPlace(.onEveryPage, at: 11, kioskRank: 20, standardRank: 40), help: .helpReadAloud,
                availability: .whenReadAloud),
        Binding(.quickExit, keys: letter("x"), label: .text("x"), footer: .quickExit,
                place: FooterPlace(.onEveryPage, at: 10, kioskRank: 0, standardRank: 90),
                help: .helpQuickExitStandard, kioskHelp: .helpQuickExit),
        Binding(.help, keys: [.character("?"), .function(1)], label: .text("?"), footer: .help,
                place: FooterPlace(.onEveryPage, at: 5, kioskRank: 70, standardRank: 70)),
        Binding(.dismiss, keys: [.escape], label: .named(.keyEscape), footer: .close),
        Binding(.quit, keys: letter("q"), label: .text("q"), footer: .quit, kioskFooter: .finishAction,
                place: FooterPlace(.onEveryPage, at: 6, kioskRank: 90, standardRank: 60, kioskOutcomeRank: 35),
                help: .helpQuit, kioskHelp: .finishAction, plain: ["q"], inPlainPrompt: true),
        Binding(.staff, keys: [.function(10)], label: .text("F10"), availability: .inKiosk),
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

    /// Whether `action` is offered (an action with no row, such as `pick` or `click`, always is).
    public static func isOffered(_ action: Action, kiosk: Bool, readAloud: Bool) -> Bool {
        binding(for: action)?.isOffered(kiosk: kiosk, readAloud: readAloud) ?? true
    }

    /// The action a line typed in the plain mode names (`b`, `Q`, `!`), if any. The plain mode
    /// is never a kiosk and reads nothing aloud.
    public static func plainAction(for line: String) -> Action? {
        let typed = line.lowercased()
        return standard.first {
            $0.isOffered(kiosk: false, readAloud: false) && $0.plainLetters.contains(typed)
        }?.action
    }
}
