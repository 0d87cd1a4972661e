/// What the wizard reacts to: a key (with the time it came, for the kiosk's timers), an action
/// (a key already looked up, a click's target), the clock, a frame drawn, and the results of
/// the effects it asked for.
public enum WizardEvent: Sendable {
    /// A key, read at `time` (the kiosk clock's reading).
    case key(Key, at: Duration)
    /// An action, as if its key had been pressed.
    case action(Action)
    /// The clock moved on to `time`: the idle countdown and the staff prompt's timeout.
    case tick(at: Duration)
    /// What printing the card did.
    case printed(PrintOutcome)
    /// What saving the summary did.
    case saved(path: String, SaveOutcome)
    /// A frame was drawn and shown: keep what it measured (click regions, the body's size, the
    /// scroll positions as settled) for the next key.
    case drawn(WizardFrame)
    /// The screen's text lines, asked for by `.readScreen`.
    case screenRead(lines: [String])
    /// Whether reading aloud could start.
    case spoke(started: Bool)
}
