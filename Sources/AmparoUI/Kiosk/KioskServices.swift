/// What the app uses outside itself for the kiosk and take-away features. The `amparo`
/// command fills these in from AmparoSystem (libqrencode, CUPS, espeak-ng, files); tests fill
/// them with fakes. A nil service means the feature is not available on this install.
public struct KioskServices: Sendable {
    /// The clock the idle and staff-exit timers read.
    public var clock: any KioskClock
    /// Makes QR codes for the take-away.
    public var qrEncoder: (any QREncoding)?
    /// Prints a bilingual card (through CUPS).
    public var printCard: (@Sendable (PrintedCard) -> PrintOutcome)?
    /// Starts reading text aloud with an espeak-ng voice; false when it could not start.
    public var speak: (@Sendable (_ text: String, _ voice: String) -> Bool)?
    /// Stops any reading aloud (part of every wipe).
    public var stopSpeaking: (@Sendable () -> Void)?
    /// Whether anything would be heard: a sound device or sound server. espeak-ng "speaks"
    /// (and exits 0) with no sound device at all, so reading aloud asks this first and says so
    /// plainly instead of doing nothing. Nil: not known, reading aloud is tried.
    public var hasSoundOutput: (@Sendable () -> Bool)?
    /// Saves the summary text to a new file at a path (volunteer mode only).
    public var saveSummary: (@Sendable (_ text: String, _ path: String) -> SaveOutcome)?

    /// Services with the system clock and nothing else.
    public init(
        clock: any KioskClock = SystemKioskClock(), qrEncoder: (any QREncoding)? = nil,
        printCard: (@Sendable (PrintedCard) -> PrintOutcome)? = nil,
        speak: (@Sendable (String, String) -> Bool)? = nil, stopSpeaking: (@Sendable () -> Void)? = nil,
        saveSummary: (@Sendable (String, String) -> SaveOutcome)? = nil
    ) {
        self.clock = clock
        self.qrEncoder = qrEncoder
        self.printCard = printCard
        self.speak = speak
        self.stopSpeaking = stopSpeaking
        self.saveSummary = saveSummary
    }
}

/// What happened to a print request.
public enum PrintOutcome: Equatable, Sendable {
    /// Sent to this printer.
    case sent(printer: String)
    /// No printer is configured, or CUPS is not installed.
    case noPrinter
    /// The print system refused the job.
    case failed
}

/// What happened to a request to save the summary.
public enum SaveOutcome: Equatable, Sendable {
    case saved
    /// Something is already at that path; nothing was written.
    case exists
    /// The system refused, with its reason (in English).
    case failed(String)
}
