import Foundation

/// A tmux server of its own (`tmux -L amparo-test-<random>`) running one shell
/// in an 80x24 window: type into it, read the screen back.
final class Tmux {
    /// Why a tmux session could not be used.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "amparo-test-\(UInt32.random(in: 0...UInt32.max))"
    private let executable: String

    /// The path of `tmux`, or nil when it is not installed.
    static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Starts a shell with a plain prompt in a detached `width` x `height` window.
    init(width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        guard let path = Self.path else { throw Failure(description: "tmux is not installed") }
        executable = path
        var variables = ["PS1": "$ ", "TERM": "tmux-256color", "LANG": "C.UTF-8"]
        variables.merge(environment) { _, new in new }
        let exports = variables.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        try run(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height),
                 "env -i HOME=\"$HOME\" PATH=\"$PATH\" \(exports) bash --norc --noprofile"])
        try run(["set-option", "-g", "status", "off"])
        try waitFor { $0.contains { $0.hasPrefix("$") } }
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    /// Sends tmux key names (`Enter`, `Down`, `C-c`) or text.
    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", "0"] + keys)
    }

    /// Types text exactly, byte for byte (escape sequences included).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "0", "-l", text])
    }

    /// Runs a command line in the shell.
    func shell(_ command: String) throws {
        try type(command)
        try send("Enter")
    }

    /// Clicks at zero-based column `x`, row `y` with the X10 mouse encoding that
    /// ncurses enables on tmux (press, then release).
    func click(x: Int, y: Int) throws {
        let position = String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
        try type("\u{1B}[M " + position + "\u{1B}[M#" + position)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// The screen as text lines.
    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", "0"]).components(separatedBy: "\n")
    }

    /// The screen with lines the terminal wrapped joined back into one (`capture-pane -J`): a line
    /// wider than the window here is one the program did not wrap itself.
    func joinedScreen() throws -> [String] {
        try run(["capture-pane", "-p", "-J", "-t", "0"]).components(separatedBy: "\n")
    }

    /// The screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func styledScreen() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// The pid of the shell's foreground child (the program under test), if any.
    func childPID() throws -> Int32? {
        let shell = try run(["display-message", "-p", "-t", "0", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// Polls the screen until `condition` holds on a settled screen (the same capture three
    /// polls in a row, so never a frame caught half redrawn), or fails after `timeout` seconds
    /// with the last screen in the message.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        var previous: [String]?
        var sameInARow = 0
        while Date() < deadline {
            lines = try screen()
            if condition(lines) {
                sameInARow = lines == previous ? sameInARow + 1 : 1
                previous = lines
                if sameInARow >= 3 { return lines }
            } else {
                previous = nil
                sameInARow = 0
            }
            usleep(20_000)
        }
        throw Failure(description: "timed out; the screen was:\n" + lines.joined(separator: "\n"))
    }

    /// Waits until some line contains `text` and no line contains any of `gone` (text of the
    /// screen before, which must have been replaced), on a settled screen.
    @discardableResult
    func waitFor(_ text: String, gone: [String] = [], timeout: Double = 10) throws -> [String] {
        try waitFor(timeout: timeout) { lines in
            lines.contains { $0.contains(text) }
                && !gone.contains { old in lines.contains { $0.contains(old) } }
        }
    }

    /// The screen with all the scrollback above it (`capture-pane -S -`).
    func history() throws -> [String] {
        try run(["capture-pane", "-p", "-S", "-", "-t", "0"]).components(separatedBy: "\n")
    }

    /// Sets a window option for every window (`set-option -g -w`), e.g. `alternate-screen off`.
    func setWindowOption(_ name: String, _ value: String) throws {
        try run(["set-option", "-g", "-w", name, value])
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run(executable, ["-L", socket] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed")
        }
        return result.output
    }
}
