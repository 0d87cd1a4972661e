/// The bytes that clear a terminal for the next person: cursor home, erase the display,
/// and erase the scrollback (`CSI 3 J`, the xterm extension that tmux, VTE, xterm, kitty and the
/// Linux console honour).
///
/// A wipe in kiosk mode drops the answers, history and language choice from memory (the app
/// starts over from its initial state), then writes these bytes to the terminal and redraws the
/// neutral start screen from scratch.
public enum TerminalWipe {
    /// `CSI H`, `CSI 2 J`, `CSI 3 J`.
    public static let sequence = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

    /// `sequence` as bytes, for writing straight to the terminal.
    public static let bytes: [UInt8] = Array(sequence.utf8)
}
