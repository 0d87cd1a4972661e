import AmparoCore

/// The interactive wizard as a state machine: it turns actions into state changes
/// and state into a `Screen`. It knows nothing of curses; `run(on:)` drives it
/// over any `Terminal`.
public final class App {
    /// The smallest usable screen.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    let configuration: AppConfiguration
    /// The words in the current language.
    public internal(set) var strings: Strings
    /// The screen shown (under the help, when the help is open).
    public internal(set) var page: AppPage
    /// The walk through the chosen flow, if one was chosen.
    public internal(set) var session: Session?
    /// Whether the help is open.
    public internal(set) var helpVisible = false
    /// False once the person quits.
    public internal(set) var isRunning = true

    var states: [AppPage: ListState] = [:]
    var checked: Set<String> = []
    var message: String?
    /// Languages whose translation status was already shown this session.
    var announcedStatus: Set<String> = []
    var returnFromLanguage: AppPage?
    var regions: [HitRegion] = []
    var helpOffset = 0
    var bodySize = (width: 78, height: 8)
    /// Kiosk timers and overlays (see App+Kiosk.swift).
    var kiosk: KioskRuntime

    /// A new app on its first screen: the language picker, or the flow picker with `--lang`.
    public init(configuration: AppConfiguration) {
        self.configuration = configuration
        kiosk = KioskRuntime(config: configuration.kiosk)
        let tag = configuration.fixedLanguage ?? configuration.preselectedLanguage ?? "en"
        strings = configuration.strings(tag)
        page = configuration.fixedLanguage == nil && configuration.languages.count > 1 ? .language : .flows
        let preselected = configuration.languages.firstIndex { $0.tag == tag } ?? 0
        states[.language] = ListState(selected: preselected)
        states[.flows] = ListState()
        states[.step] = ListState()
        if let fixed = configuration.fixedLanguage { announceTranslationStatus(fixed) }
        // The flow picker comes first: load while the terminal is being set up.
        if page == .flows { configuration.flowSource.start() }
    }

    /// Draws, reads a key, acts; until the person quits or input ends. In kiosk mode it
    /// never ends by itself: it also wakes for the idle countdown, and wipes the terminal.
    public func run(on terminal: Terminal) {
        while isRunning {
            kiosk.lastSize = (terminal.width, terminal.height)
            terminal.present(render(width: terminal.width, height: terminal.height))
            configuration.flowSource.start()          // after the first screen is out
            let key = terminal.readKey(timeoutMilliseconds: kioskWaitMilliseconds())
            if let key { receive(key) }
            tickKiosk()
            if kiosk.terminalWipePending {
                kiosk.terminalWipePending = false
                terminal.clearScrollback()
            }
        }
    }

    /// The language shown now.
    public var languageTag: String { strings.languageTag }

    /// Switches the words to `tag`; answers and position are kept.
    func setLanguage(_ tag: String) {
        strings = configuration.strings(tag)
        announceTranslationStatus(tag)
    }

    /// Says once per session, in the person's language, how the translation was made
    /// ("drafted by a computer program, not yet checked by a legal translator").
    func announceTranslationStatus(_ tag: String) {
        guard !announcedStatus.contains(tag), let status = configuration.translationStatus(tag) else { return }
        announcedStatus.insert(tag)
        message = strings(status)
    }

    /// Starts `flow` from its first step.
    func start(_ flow: Flow) {
        session = Session(flow: flow)
        enterStep()
        page = .step
    }

    /// Resets the highlight for a newly shown step, preselecting `previous` when going back.
    func enterStep(previous: Answer? = nil) {
        var state = ListState()
        checked = []
        if let previous, let step = session?.currentStep {
            switch previous {
            case .one(let id):
                state.selected = step.options.firstIndex { $0.id == id } ?? 0
            case .unsure:
                state.selected = step.options.count
                if step.kind.answerShape == .many { checked = [UnsureOption.id] }
            case .many(let ids):
                checked = ids
            }
        }
        states[.step] = state
    }

    /// Quits the loop.
    func quit() {
        isRunning = false
    }
}
