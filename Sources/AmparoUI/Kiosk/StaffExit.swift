import AmparoCore
/// How staff leave a kiosk: the staff key pressed `presses` times within `window`, then the
/// PIN and Enter. A wrong PIN goes back to the kiosk; after `maxFailures` wrong PINs in a row
/// the prompt stays shut for `lockout`, then twice as long after the next round, and so on
/// (see `StaffLockout`). An open prompt closes by itself after `promptTimeout`
/// without a keypress, so a walk-up user who stumbles into it is not stuck.
///
/// Time is passed in, as for `IdleTimer`.
public struct StaffExit: Equatable, Sendable {
    /// What the kiosk shows for the staff exit.
    public enum Phase: Equatable, Sendable {
        /// Nothing: the kiosk runs as usual.
        case closed
        /// The PIN prompt, with `length` characters typed (shown as dots, never echoed).
        case prompt(length: Int)
    }

    /// A key as the staff exit sees it.
    public enum Input: Equatable, Sendable {
        /// The staff key (see the key table).
        case staffKey
        /// A printable character typed at the prompt.
        case character(Character)
        case backspace
        case enter
        /// Escape: close the prompt.
        case cancel
    }

    /// What handling a key did.
    public enum Outcome: Equatable, Sendable {
        /// Not for the staff exit: the kiosk handles the key as usual.
        case passThrough
        /// Taken by the staff exit (a staff-key press, or a key at the prompt).
        case consumed
        /// The PIN prompt opened.
        case promptOpened
        /// The prompt closed without a PIN (Escape or timeout).
        case promptClosed
        /// A wrong PIN: back to the kiosk.
        case rejected
        /// A wrong PIN, and too many in a row: the prompt is locked for a while.
        case lockedOut
        /// The right PIN: staff may leave.
        case granted
    }

    /// The staff key presses needed to open the prompt.
    public let presses: Int
    /// How close together those presses must be.
    public let window: Duration
    /// Wrong PINs in a row before a lockout.
    public let maxFailures: Int
    /// How long the first lockout lasts (each one after lasts twice the one before).
    public let lockout: Duration
    /// How long an open prompt waits for a key.
    public let promptTimeout: Duration

    /// The prompt's state.
    public private(set) var phase: Phase = .closed
    private let pin: StaffPin?
    private var typed: [Character] = []
    private var recentPresses: [Duration] = []
    private var lastPromptKey: Duration = .zero
    /// The wrong PINs counted and the lockout on, which a wipe and a restart keep.
    public private(set) var lockoutState: StaffLockout

    /// A closed staff exit checking against `pin` (nil: no PIN, the prompt never opens), going
    /// on from `lockoutState` (a restarted kiosk's carried lockout).
    public init(
        pin: StaffPin?, lockoutState: StaffLockout = StaffLockout(), presses: Int = 3, window: Duration = .seconds(3),
        maxFailures: Int = 3, lockout: Duration = .seconds(60), promptTimeout: Duration = .seconds(30)
    ) {
        self.pin = pin
        self.lockoutState = lockoutState
        self.presses = presses
        self.window = window
        self.maxFailures = maxFailures
        self.lockout = lockout
        self.promptTimeout = promptTimeout
    }

    /// Whether the prompt is locked at `now` after too many wrong PINs.
    public func isLockedOut(at now: Duration) -> Bool {
        lockoutState.isLocked(at: now)
    }

    /// Handles one key at `now`.
    public mutating func handle(_ input: Input, at now: Duration) -> Outcome {
        if closeIfTimedOut(at: now), input != .staffKey { return .passThrough }
        switch phase {
        case .closed:
            guard input == .staffKey else {
                recentPresses.removeAll()
                return .passThrough
            }
            recentPresses = recentPresses.filter { now - $0 < window } + [now]
            guard recentPresses.count >= presses, pin != nil, !isLockedOut(at: now) else {
                return .consumed
            }
            recentPresses.removeAll()
            typed.removeAll()
            lastPromptKey = now
            phase = .prompt(length: 0)
            return .promptOpened
        case .prompt:
            lastPromptKey = now
            switch input {
            case .character(let character):
                if typed.count < 64 { typed.append(character) }
            case .backspace:
                if !typed.isEmpty { typed.removeLast() }
            case .staffKey:
                break
            case .cancel:
                close()
                return .promptClosed
            case .enter:
                return submit(at: now)
            }
            phase = .prompt(length: typed.count)
            return .consumed
        }
    }

    /// Closes an open prompt that has waited too long; true when it did. Call it on every tick
    /// of the run loop.
    @discardableResult
    public mutating func closeIfTimedOut(at now: Duration) -> Bool {
        guard case .prompt = phase, now - lastPromptKey >= promptTimeout else { return false }
        close()
        return true
    }

    /// Closes the prompt and forgets what was typed (part of every wipe).
    public mutating func close() {
        for index in typed.indices { typed[index] = " " }
        typed.removeAll()
        phase = .closed
    }

    private mutating func submit(at now: Duration) -> Outcome {
        let attempt = String(typed)
        close()
        if let pin, pin.matches(attempt) {
            lockoutState.reset()
            return .granted
        }
        return lockoutState.recordFailure(at: now, maxFailures: maxFailures, base: lockout) ? .lockedOut : .rejected
    }
}
