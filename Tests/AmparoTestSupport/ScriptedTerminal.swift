import AmparoUI
import Synchronization

/// A clock the test moves by hand.
public final class ManualClock: KioskClock {
    /// A clock at zero.
    public init() {}

    private let time = Mutex<Duration>(.zero)

    public func now() -> Duration { time.withLock { $0 } }

    /// Moves the clock on.
    public func advance(by duration: Duration) { time.withLock { $0 += duration } }
}

/// A terminal that replays keys and pauses (a pause moves the clock on and reads as a timeout),
/// and counts scrollback wipes.
public final class ScriptedTerminal: Terminal {
    /// One step of the script.
    public enum Event {
        case key(Key)
        case wait(Duration)
    }

    public let width: Int
    public let height: Int
    private var events: [Event]
    private let clock: ManualClock
    /// Every screen presented, in order.
    public private(set) var screens: [Screen] = []
    /// How many times the scrollback was wiped.
    public private(set) var wipes = 0
    /// The screen shown when each wipe happened, then the one after it.
    public private(set) var presentedAfterWipe: [Int] = []

    /// A terminal that replays `events`, moving `clock` on at each pause.
    public init(width: Int = 80, height: Int = 24, clock: ManualClock, events: [Event]) {
        self.width = width
        self.height = height
        self.clock = clock
        self.events = events
    }

    /// A terminal that replays `keys`, then end of input (with a clock of its own).
    public convenience init(width: Int = 80, height: Int = 24, keys: [Key]) {
        self.init(width: width, height: height, clock: ManualClock(), events: keys.map(Event.key))
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        guard !events.isEmpty else { return .endOfInput }
        switch events.removeFirst() {
        case .key(let key): return key
        case .wait(let duration):
            clock.advance(by: duration)
            return nil
        }
    }

    public func present(_ screen: Screen) { screens.append(screen) }

    public func clearScrollback() {
        wipes += 1
        presentedAfterWipe.append(screens.count)
    }
}
