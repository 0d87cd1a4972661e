/// What a kiosk passes to the fresh copy of itself it starts after a wipe: the staff exit's
/// lockout (a wipe must not give a guesser fresh tries) and whether to say the screen was
/// cleared. Nothing of the person: only this, in one environment variable, which the new
/// process reads and removes at its start.
///
/// A wipe starts a fresh process (`exec` of the program itself) because replacing the state
/// only drops references: the previous person's text would stay in freed memory. The kernel
/// gives a new program clean pages.
public struct KioskRestart: Equatable, Sendable {
    /// The staff exit's wrong-PIN count and lockout.
    public var lockout: StaffLockout
    /// Whether the wipe came from the idle timer, so the next screen says it was cleared.
    public var screenCleared: Bool

    /// The environment variable that carries it.
    public static let environmentKey = "AMPARO_KIOSK_RESTART"

    public init(lockout: StaffLockout, screenCleared: Bool) {
        self.lockout = lockout
        self.screenCleared = screenCleared
    }

    /// The variable's value, the lockout's time left counted from `now`:
    /// `1;FAILURES:ROUNDS:MILLISECONDS;CLEARED`.
    public func environmentValue(at now: Duration) -> String {
        "1;\(lockout.carried(at: now));\(screenCleared ? 1 : 0)"
    }

    /// Reads the variable's value, counting the lockout's time left from `now`; nil when it is
    /// not in that form (then the kiosk starts as if from scratch, with no lockout carried).
    public init?(environmentValue value: String, at now: Duration) {
        let parts = value.split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "1", parts[2] == "0" || parts[2] == "1" else { return nil }
        lockout = StaffLockout(carried: String(parts[1]), at: now)
        screenCleared = parts[2] == "1"
    }
}
