import Foundation
import Testing

/// The built `amparo` running in a shell inside tmux.
struct AmparoInTmux {
    let tmux: Tmux

    /// Starts a shell in tmux and runs `amparo` with `content` (the small test content unless
    /// told) and `arguments`; the shell prints `EXIT:<status>` when it ends.
    init(content: String = Paths.content, _ arguments: String = "", width: Int = 80, height: Int = 24,
         environment: [String: String] = [:]) throws {
        let binary = try #require(Paths.binary, "build the binary first: swift build")
        tmux = try Tmux(width: width, height: height, environment: environment)
        try tmux.shell("clear; \(binary) --content \(content) \(arguments); echo EXIT:$?")
    }

    /// Waits for the shell to report the program's exit status, and returns it.
    func exitStatus() throws -> Int {
        let lines = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT:") } }
        let line = try #require(lines.first { $0.hasPrefix("EXIT:") })
        return Int(line.components(separatedBy: "EXIT:")[1].prefix { $0.isNumber }) ?? -1
    }

    /// Runs `stty -a` in the same shell and returns its settings as words.
    func terminalSettings() throws -> Set<String> {
        try tmux.shell("clear; stty -a; echo STTY-DONE")
        let lines = try tmux.waitFor { $0.contains { $0.hasPrefix("STTY-DONE") } }
        return Set(lines.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == ";" }).map(String.init))
    }

    /// Asserts the terminal is back in its normal mode: echo and canonical input.
    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let settings = try terminalSettings()
        #expect(settings.contains("echo"), sourceLocation: sourceLocation)
        #expect(settings.contains("icanon"), sourceLocation: sourceLocation)
        #expect(!settings.contains("-echo") && !settings.contains("-icanon"), sourceLocation: sourceLocation)
    }

    /// The zero-based row of the first line containing `text`.
    func row(of text: String) throws -> Int {
        let lines = try tmux.waitFor(text)
        return try #require(lines.firstIndex { $0.contains(text) })
    }
}
