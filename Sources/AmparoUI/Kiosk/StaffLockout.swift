/// How many wrong staff PINs the kiosk has seen and how long the prompt stays shut. Each time
/// `maxFailures` wrong PINs come in a row the prompt is locked, and each lockout lasts twice the
/// one before (up to a day), so guessing a PIN at the kiosk takes years, not hours. The right PIN
/// starts it over.
///
/// A wipe keeps it (a wipe must not give a guesser fresh tries), and so does the restart after a
/// wipe: `carried(at:)` and `init(carried:at:)` take it across `exec` in the environment.
public struct StaffLockout: Equatable, Sendable {
    /// Wrong PINs since the last lockout (or since the start).
    public var failures = 0
    /// Lockouts so far, which sets how long the next one lasts.
    public var rounds = 0
    /// When the current lockout ends, on the kiosk clock; nil when none is on.
    public var lockedUntil: Duration?

    /// The longest lockout.
    public static let longest = Duration.seconds(86_400)

    /// No failures, not locked.
    public init() {}

    /// Whether the prompt is locked at `now`.
    public func isLocked(at now: Duration) -> Bool {
        lockedUntil.map { now < $0 } ?? false
    }

    /// Counts a wrong PIN at `now`; true when it starts a lockout (of `base` doubled once for
    /// every lockout before).
    public mutating func recordFailure(at now: Duration, maxFailures: Int, base: Duration) -> Bool {
        failures += 1
        guard failures >= maxFailures else { return false }
        failures = 0
        rounds += 1
        lockedUntil = now + Self.length(round: rounds, base: base)
        return true
    }

    /// The right PIN: everything starts over.
    public mutating func reset() {
        self = StaffLockout()
    }

    /// How long the `round`th lockout lasts: `base` × 2^(round − 1), at most a day.
    public static func length(round: Int, base: Duration) -> Duration {
        var length = base
        for _ in 1..<max(round, 1) {
            length *= 2
            if length >= longest { return longest }
        }
        return min(length, longest)
    }

    // Across a restart.

    /// The lockout as text for the restarted program (inside `KioskRestart`'s variable):
    /// `FAILURES:ROUNDS:MILLISECONDS-LEFT`.
    public func carried(at now: Duration) -> String {
        let left = lockedUntil.map { max($0 - now, .zero) } ?? .zero
        let (seconds, attoseconds) = left.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return "\(failures):\(rounds):\(milliseconds)"
    }

    /// The lockout carried by `text` (from `carried(at:)`), with the time left counted from
    /// `now`; an empty lockout when `text` is not in that form or out of range.
    public init(carried text: String, at now: Duration) {
        self.init()
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let failures = Int(parts[0]), let rounds = Int(parts[1]),
              let milliseconds = Int64(parts[2]), (0..<1000).contains(failures), (0..<1000).contains(rounds),
              (0...Int64(86_400_000)).contains(milliseconds) else { return }
        self.failures = failures
        self.rounds = rounds
        if milliseconds > 0 { lockedUntil = now + .milliseconds(milliseconds) }
    }
}
