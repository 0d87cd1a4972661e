import AmparoCore

/// The wizard's runtime: it holds the configuration and the current `WizardState`, feeds it
/// events (keys with the kiosk clock's time, the clock's ticks), carries out the effects the
/// state asks for (clearing the terminal, printing, speaking, saving) and shows the frames
/// `WizardView` draws. It knows nothing of curses; `run(on:)` drives it over any `Terminal`.
public final class App {
    /// The smallest usable screen.
    public static let minimumWidth = WizardView.minimumWidth
    public static let minimumHeight = WizardView.minimumHeight

    /// What the app was given to run.
    public let configuration: AppConfiguration
    /// The state now.
    public private(set) var state: WizardState
    /// Set by an effect: the run loop clears the terminal's screen and scrollback.
    private(set) var terminalWipePending = false

    /// A new app on its first screen: the language picker, or the flow picker with `--lang`.
    public init(configuration: AppConfiguration) {
        self.configuration = configuration
        state = configuration.carriedRestart.map { .restarted(configuration, from: $0) } ?? .initial(configuration)
        // The flow picker comes first: load while the terminal is being set up.
        // Unless the rest of a signature check must pass first (after the first screen).
        if state.page == .flows && configuration.pendingVerification == nil { configuration.flowSource.start() }
    }

    /// Draws, reads a key, acts; until the person quits or input ends. In kiosk mode it
    /// never ends by itself: it also wakes for the idle countdown, and wipes the terminal.
    /// With a ``AppConfiguration/pendingVerification``, it starts that check once the first
    /// screen is out, waits for it before the first key, and returns at once when it fails (the
    /// launcher says why).
    public func run(on terminal: Terminal) {
        var checked = configuration.pendingVerification == nil
        while state.isRunning {
            terminal.present(render(width: terminal.width, height: terminal.height))
            configuration.flowSource.start()          // after the first screen is out
            if !checked {
                checked = true
                if configuration.pendingVerification?.failure != nil { return }
            }
            let key = terminal.readKey(timeoutMilliseconds: kioskWaitMilliseconds())
            if let key { receive(key) }
            tickKiosk()
            if terminalWipePending {
                terminalWipePending = false
                terminal.clearScrollback()
            }
        }
    }

    /// Draws the state on a `width` x `height` screen, and applies the frame as `.drawn`, so
    /// that what it measured (click regions, scroll positions) reaches the state through the
    /// one update function.
    public func render(width: Int, height: Int) -> Screen {
        let frame = WizardView.render(state, configuration, width: width, height: height)
        apply(.drawn(frame))
        return frame.screen
    }

    /// Takes one key, read now.
    public func receive(_ key: Key) {
        apply(.key(key, at: now))
    }

    /// Applies one action, as if its key had been pressed.
    public func handle(_ action: Action) {
        apply(.action(action))
    }

    /// Moves the kiosk's timers on to now.
    func tickKiosk() {
        apply(.tick(at: now))
    }

    /// How long the run loop may wait for a key before the kiosk's timers need it.
    func kioskWaitMilliseconds() -> Int? {
        state.kioskWaitMilliseconds(at: now, in: configuration)
    }

    /// Applies `event`, then carries out its effects, feeding their results back in.
    private func apply(_ event: WizardEvent) {
        var effects = state.apply(event, in: configuration)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            if let result = perform(effect) { effects += state.apply(result, in: configuration) }
        }
    }

    /// Carries out one effect; the event its result makes, if any.
    private func perform(_ effect: WizardEffect) -> WizardEvent? {
        let services = configuration.services
        switch effect {
        case .clearTerminal:
            terminalWipePending = true
            return nil
        case .stopSpeaking:
            services.stopSpeaking?()
            return nil
        case .readScreen:
            let size = state.layout.screenSize
            let screen = WizardView.render(state, configuration, width: size.width, height: size.height).screen
            return .screenRead(lines: Array(screen.text().dropLast()))
        case .speak(let text, let voice):
            return .spoke(started: services.speak?(text, voice) ?? false)
        case .printCard(let card):
            return services.printCard.map { .printed($0(card)) }
        case .saveSummary(let text, let path):
            return services.saveSummary.map { .saved(path: path, $0(text, path)) }
        }
    }

    private var now: Duration { configuration.services.clock.now() }

    // The state, for tests and the front ends.

    /// When the run ended with a kiosk's wipe that asks for a fresh process: the value of
    /// `KioskRestart.environmentKey` to start it with (the lockout's time left as of now).
    public var restartEnvironmentValue: String? {
        state.restartRequest.map { $0.environmentValue(at: now) }
    }
    /// Whether this run is a walk-up kiosk.
    public var isKiosk: Bool { configuration.kiosk.kiosk }
    /// The language shown now.
    public var languageTag: String { state.languageTag }
    /// The screen shown.
    public var page: AppPage { state.page }
    /// The walk through the chosen flow, if one was chosen.
    public var session: Session? { state.session }
    /// Whether the help is open.
    public var helpVisible: Bool { state.helpVisible }
    /// False once the person quits.
    public var isRunning: Bool { state.isRunning }
    /// The overlay shown over the page, if any.
    public var overlay: KioskOverlay? { state.overlay }
    /// The seconds left on the idle countdown, while it shows.
    public var countdownSecondsLeft: Int? { state.countdownSecondsLeft }
    /// Whether the outcome (guidance cards) is shown.
    public var isAtOutcome: Bool { state.isAtOutcome }
    /// The words in the current language.
    public var strings: Strings { state.strings }
    /// What a click at each place of the last frame means.
    var regions: [HitRegion] { state.layout.regions }
}
