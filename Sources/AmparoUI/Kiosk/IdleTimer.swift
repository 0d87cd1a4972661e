import AmparoCore
/// The kiosk's idle clock as a value: after `idle` without input, a countdown of `countdown`,
/// then a wipe. Time is passed in (a `Duration` since any fixed origin), so tests need no sleep.
///
/// The timer is armed by the first input and disarmed by a wipe: a kiosk showing its neutral
/// start screen has nothing to clear and does not count down.
public struct IdleTimer: Equatable, Sendable {
    /// How long without input before the countdown.
    public let idle: Duration
    /// How long the countdown lasts.
    public let countdown: Duration
    /// When the last input came, or nil when disarmed.
    public private(set) var lastInput: Duration?

    /// A disarmed timer.
    public init(idleSeconds: Int, countdownSeconds: Int) {
        idle = .seconds(idleSeconds)
        countdown = .seconds(countdownSeconds)
    }

    /// The timer for a kiosk config.
    public init(config: KioskConfig) {
        self.init(idleSeconds: config.idleSeconds, countdownSeconds: config.countdownSeconds)
    }

    /// Whether the timer is running.
    public var isArmed: Bool { lastInput != nil }

    /// Records input at `now` and arms the timer. Returns true when the input dismissed a
    /// countdown: the caller then swallows that key instead of acting on it.
    @discardableResult
    public mutating func noteInput(at now: Duration) -> Bool {
        let dismissed: Bool
        if case .countdown = phase(at: now) { dismissed = true } else { dismissed = false }
        lastInput = now
        return dismissed
    }

    /// Disarms the timer (after a wipe).
    public mutating func disarm() {
        lastInput = nil
    }

    /// The phase at `now`.
    public func phase(at now: Duration) -> IdlePhase {
        guard let lastInput else { return .active }
        let elapsed = now - lastInput
        if elapsed < idle { return .active }
        let left = idle + countdown - elapsed
        guard left > .zero else { return .expired }
        // Whole seconds, rounded up: 19.2 s left shows as 20.
        let (seconds, attoseconds) = left.components
        return .countdown(secondsLeft: Int(seconds) + (attoseconds > 0 ? 1 : 0))
    }

    /// How long from `now` until the phase (or the countdown's number) next changes; nil when
    /// disarmed. A run loop waits for input at most this long.
    public func timeUntilNextChange(at now: Duration) -> Duration? {
        guard let lastInput else { return nil }
        let elapsed = now - lastInput
        if elapsed < idle { return idle - elapsed }
        let left = idle + countdown - elapsed
        guard left > .zero else { return .zero }
        let (_, attoseconds) = left.components
        let fraction = Duration(secondsComponent: 0, attosecondsComponent: attoseconds)
        return fraction > .zero ? fraction : .seconds(1)
    }
}
