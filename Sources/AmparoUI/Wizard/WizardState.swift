import AmparoCore

/// Everything the wizard knows about the person in front of it, as one value: the screen, the
/// walk through a flow, the highlight and scroll of each list, what is checked, the language,
/// the messages shown, and the kiosk's timers and overlays.
///
/// It changes only through `apply(_:in:)` (one function from an event to the next state and
/// the effects to carry out) and is drawn by `WizardView.render`, which never changes it. A
/// wipe replaces it whole with `.initial(_:)`, so nothing of one person can outlive a wipe by a
/// field forgotten in a reset.
public struct WizardState: Sendable {
    /// The words in the current language.
    public internal(set) var strings: Strings
    /// The screen shown (under the help and the overlays).
    public internal(set) var page: AppPage
    /// The walk through the chosen flow, if one was chosen.
    public internal(set) var session: Session?
    /// A screen to read over the page, if one is open: the help, or the outcome's sources.
    public internal(set) var reading: ReadingPanel?
    /// Whether the help is open.
    public internal(set) var helpVisible: Bool {
        get { reading == .help }
        set { reading = newValue ? .help : nil }
    }
    /// How far the help or the sources screen is scrolled.
    var helpOffset = 0
    /// False once the person quits.
    public internal(set) var isRunning = true
    /// Set by a kiosk's wipe when the program is to start a fresh copy of itself (the run has
    /// ended): what to carry over, with the lockout's time as of the wipe.
    public internal(set) var restartRequest: KioskRestart?
    /// The highlight and scroll position of each page.
    var lists: [AppPage: ListState]
    /// The options checked on a multiple-choice question.
    var checked: Set<String> = []
    /// A one-line message shown at the top of the next screen ("Wrong PIN.").
    var message: String?
    /// Whether `q` was pressed once with answers given, and waits for a second `q`.
    var confirmingQuit = false
    /// Languages whose translation status was already shown this session.
    var announcedStatus: Set<String> = []
    /// Whether "a lawyer has not yet checked this guidance" was already shown this session.
    var announcedReview = false
    /// The page to return to when the language picker was opened from another screen.
    var returnFromLanguage: AppPage?
    /// The kiosk's timers and overlays.
    var kiosk: KioskState
    /// What the last frame drawn measured (body size, what is clickable where).
    var layout = WizardLayout()

    /// A fresh start: the language picker, or the flow picker with `--lang`, nothing answered.
    public static func initial(_ configuration: AppConfiguration) -> WizardState {
        let tag = configuration.fixedLanguage ?? configuration.preselectedLanguage ?? "en"
        let preselected = configuration.languages.firstIndex { $0.tag == tag } ?? 0
        var state = WizardState(
            strings: configuration.strings(tag),
            page: configuration.fixedLanguage == nil && configuration.languages.count > 1 ? .language : .flows,
            lists: [.language: ListState(selected: preselected), .flows: ListState(), .step: ListState()],
            kiosk: KioskState(config: configuration.kiosk))
        if let fixed = configuration.fixedLanguage {
            state.announceTranslationStatus(fixed, configuration)
        } else if state.page == .flows {
            state.announceTranslationStatus(tag, configuration)
        }
        return state
    }

    /// The state a restarted kiosk starts in: fresh, with the lockout carried over, saying the
    /// screen was cleared when the idle timer cleared it.
    public static func restarted(_ configuration: AppConfiguration, from restart: KioskRestart) -> WizardState {
        var state = WizardState.initial(configuration)
        state.kiosk.staff = StaffExit(pin: configuration.kiosk.staffPin, lockoutState: restart.lockout)
        if restart.screenCleared { state.message = state.strings(.screenCleared) }
        return state
    }

    /// The language shown now.
    public var languageTag: String { strings.languageTag }

    /// Whether the outcome (guidance cards) is shown.
    public var isAtOutcome: Bool {
        page == .step && session?.currentStep?.kind.isOutcome == true
    }

    /// The overlay shown over the page, if any.
    public var overlay: KioskOverlay? { kiosk.overlay }

    /// The seconds left on the idle countdown, while it shows.
    public var countdownSecondsLeft: Int? { kiosk.countdown }

    /// Says once per session, in the person's language, how the translation was made
    /// ("drafted by a computer program, not yet checked by a legal translator"), and, while no
    /// attorney review covers the content, that a lawyer has not yet checked the guidance.
    mutating func announceTranslationStatus(_ tag: String, _ configuration: AppConfiguration) {
        var notices: [String] = []
        if !announcedStatus.contains(tag), let status = configuration.translationStatus(tag) {
            announcedStatus.insert(tag)
            notices.append(strings(status))
        }
        if !announcedReview, let review = configuration.attorneyReviewNotice {
            announcedReview = true
            notices.append(strings(review))
        }
        if !notices.isEmpty { message = notices.joined(separator: " ") }
    }
}
