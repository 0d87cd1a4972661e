/// Where the kiosk's timers read the time: a `Duration` since a fixed origin.
public protocol KioskClock: Sendable {
    /// The time now, since the clock's origin.
    func now() -> Duration
}

/// The monotonic system clock (unaffected by changes of the wall-clock time).
public struct SystemKioskClock: KioskClock {
    private let origin: ContinuousClock.Instant

    /// A clock whose origin is the moment it is made.
    public init() {
        origin = ContinuousClock.now
    }

    /// The time since the origin.
    public func now() -> Duration {
        ContinuousClock.now - origin
    }
}
