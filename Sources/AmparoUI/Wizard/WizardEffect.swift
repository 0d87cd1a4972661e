/// What the wizard asks its runtime to do outside the state: the terminal, the printer, the
/// speech program, a file. The runtime (`App`) carries each out and, where there is a result,
/// applies it back as a `WizardEvent`.
public enum WizardEffect: Equatable, Sendable {
    /// Clear the terminal's screen and scrollback (every wipe).
    case clearTerminal
    /// Draw the state as it is (at the last frame's terminal size) and give back the screen's
    /// text, all but the footer row, as `.screenRead`: what the read-aloud key reads.
    case readScreen
    /// Read `text` aloud with `voice`; the result comes back as `.spoke`.
    case speak(text: String, voice: String)
    /// Stop any reading aloud (every wipe).
    case stopSpeaking
    /// Print the bilingual card; the result comes back as `.printed`.
    case printCard(PrintedCard)
    /// Save the summary to a new file; the result comes back as `.saved`.
    case saveSummary(text: String, path: String)
}
