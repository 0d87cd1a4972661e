import AmparoCore
import Foundation

/// Writing to standard output and standard error. Everything passes through
/// ``TerminalSafeText``: messages echo arguments, paths and config keys, which may hold escape
/// sequences, and none may reach the terminal.
///
/// A write that fails is never a crash and never silent: when standard output cannot take the
/// text (a full disk, `/dev/full`, a closed file), the program says so on standard error and
/// exits 1; on a closed pipe (`amparo review | head`) it ends quietly, as by SIGPIPE.
enum Console {
    /// Writes text to standard output, made terminal-safe.
    static func write(_ text: String) {
        writeOut(TerminalSafeText.sanitize(text))
    }

    /// Writes JSON to standard output; characters that could drive the terminal become JSON
    /// escapes (`\u009b`), so the data stays exact.
    static func writeJSON(_ json: String) {
        writeOut(TerminalSafeText.sanitize(json, style: .jsonEscape))
    }

    /// Writes diagnostics rendered with colours by `DiagnosticRenderer`, which makes every piece
    /// terminal-safe itself and adds only its own colour codes.
    static func writeRendered(_ text: String) {
        writeOut(text)
    }

    /// `error: message` on standard error.
    static func error(_ message: String) {
        writeError("error: \(message)\n")
    }

    /// Text on standard error, made terminal-safe. (If standard error fails too, there is no
    /// one left to tell.)
    static func writeError(_ text: String) {
        _ = writeAll(TerminalSafeText.sanitize(text), to: STDERR_FILENO)
    }

    /// Located diagnostics on standard error, with source lines and carets.
    static func diagnostics(_ diagnostics: [Diagnostic]) {
        var renderer = DiagnosticRenderer(color: false)
        for file in Set(diagnostics.map(\.location.file)) {
            if let text = try? String(contentsOfFile: file, encoding: .utf8) { renderer.addSource(text, for: file) }
        }
        for diagnostic in diagnostics {
            writeError(renderer.render(diagnostic) + "\n")
        }
    }

    /// Writes to standard output, or ends the program: quietly on a closed pipe, with a message
    /// and status 1 on any other failure.
    private static func writeOut(_ text: String) {
        guard let failure = writeAll(text, to: STDOUT_FILENO) else { return }
        if failure == EPIPE { exit(128 + SIGPIPE) }
        writeError("error: cannot write to standard output: \(String(cString: strerror(failure)))\n")
        exit(1)
    }

    /// Writes every byte, retrying after a signal; the `errno` of a failure, or nil.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
    }
}
