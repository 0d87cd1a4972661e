/// What a key asks for. Screens handle actions, never key codes.
public enum Action: Hashable, Sendable {
    /// Move the highlight, or scroll by a line.
    case up, down
    /// Scroll or move by a page.
    case pageUp, pageDown
    /// To the first or last choice, or the top or bottom of the text.
    case first, last
    /// Choose the highlighted choice, or go on.
    case confirm
    /// Choose the numbered choice directly (1-based).
    case pick(Int)
    /// Check or uncheck the highlighted choice in a multiple-choice question.
    case toggle
    /// Go back one step.
    case back
    /// Show or hide the help.
    case help
    /// Open the language picker (answers are kept).
    case language
    /// Start the flow again from its first question.
    case restart
    /// Leave the program.
    case quit
    /// Close an overlay.
    case dismiss
    /// A click at a screen position; the screen finds what is there.
    case click(x: Int, y: Int)
    /// Lay the screen out again for a new size.
    case resize
    /// "Agents are here now": the urgent guidance, on every screen; pressed again, back.
    case urgent
    /// Wipe at once: back to the neutral start screen (kiosk), or clear and leave.
    case quickExit
    /// The staff key (kiosk): pressed three times quickly, it asks for the staff PIN.
    case staff
    /// Read the screen aloud with espeak-ng (when the install turns it on).
    case readAloud
    /// At the outcome: the take-away (QR code, printed card, saved summary).
    case takeAway
    /// At the outcome: the sources screen (citations, web addresses, notes), and back.
    case sources
    /// In the take-away: print the bilingual card.
    case print
    /// In the take-away, volunteer mode: save the summary to a file.
    case save
}
