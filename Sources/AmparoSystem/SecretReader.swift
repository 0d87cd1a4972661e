import Glibc

/// Reads a secret line (the staff PIN for `amparo kiosk-pin`) from standard input, without
/// echoing it when standard input is a terminal.
public enum SecretReader {
    /// Whether standard input is a terminal.
    public static var inputIsTerminal: Bool { isatty(0) == 1 }

    /// Writes `prompt` to standard error, reads one line with echo off (when a terminal), and
    /// returns it without its line ending; nil at end of input.
    public static func readLine(prompt: String) -> String? {
        var saved = termios()
        let terminal = inputIsTerminal && tcgetattr(0, &saved) == 0
        if terminal {
            let bytes = Array(prompt.utf8)
            _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            tcsetattr(0, TCSAFLUSH, &quiet)
        }
        defer { if terminal { tcsetattr(0, TCSAFLUSH, &saved) } }
        return Swift.readLine(strippingNewline: true).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : $0
        }
    }
}
