import AmparoCore
import Foundation

/// Writing to standard output and standard error. Everything passes through
/// ``TerminalSafeText``: messages echo arguments, paths and config keys, which may hold escape
/// sequences, and none may reach the terminal.
enum Console {
    /// Writes text to standard output, made terminal-safe.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalSafeText.sanitize(text).utf8))
    }

    /// Writes JSON to standard output; characters that could drive the terminal become JSON
    /// escapes (`\u009b`), so the data stays exact.
    static func writeJSON(_ json: String) {
        FileHandle.standardOutput.write(Data(TerminalSafeText.sanitize(json, style: .jsonEscape).utf8))
    }

    /// Writes diagnostics rendered with colours by `DiagnosticRenderer`, which makes every piece
    /// terminal-safe itself and adds only its own colour codes.
    static func writeRendered(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `error: message` on standard error.
    static func error(_ message: String) {
        writeError("error: \(message)\n")
    }

    /// Text on standard error, made terminal-safe.
    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(TerminalSafeText.sanitize(text).utf8))
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
}
