import AmparoTestSupport
import Foundation

/// Runs a command under `strace -f` and lists every way it tried to write a file or reach the
/// network. The kiosk's "nothing written anywhere" promise is that this list is empty.
///
/// What counts, whether or not the call succeeded (an attempt is already a breach):
/// - `open`, `openat`, `openat2`, `creat` with `O_WRONLY`, `O_RDWR`, `O_CREAT`, `O_TRUNC` or
///   `O_APPEND` on any path but the terminal (`/dev/tty`, `/dev/pts/N`) and `/dev/null`;
///   `creat` always;
/// - `rename*`, `unlink*`, `mkdir*`, `link*`, `symlink*`, `truncate`: always;
/// - `connect`, `bind`, `sendto`, `sendmsg`, `sendmmsg`: always, Unix sockets too (syslog's
///   `/dev/log` is a Unix socket).
/// Reading files (the Swift runtime, the locale, the flows) is fine.
struct StraceAudit {
    /// The system calls traced.
    static let traced = [
        "open", "openat", "openat2", "creat", "rename", "renameat", "renameat2", "unlink",
        "unlinkat", "mkdir", "mkdirat", "link", "linkat", "symlink", "symlinkat", "truncate",
        "connect", "bind", "sendto", "sendmsg", "sendmmsg", "execve",
    ]
    /// `execve` is traced to tell the programs apart (`StraceAudit.programs(inLog:)`), not a breach.
    static let alwaysForbidden: Set<String> = Set(traced).subtracting(["open", "openat", "openat2", "execve"])
    static let writeFlags = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"]

    /// One forbidden call: the system call and the whole strace line.
    struct Breach: Equatable, CustomStringConvertible {
        let call: String
        let line: String
        var description: String { line }
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")
    }

    /// The `strace` arguments that trace `command` into `log`.
    static func arguments(log: String, command: [String]) -> [String] {
        ["strace", "-f", "-qq", "-e", "trace=" + traced.joined(separator: ","), "-o", log] + command
    }

    /// Whether a path is the terminal or /dev/null.
    static func isTerminalOrNull(_ path: String) -> Bool {
        if path == "/dev/null" || path == "/dev/tty" { return true }
        guard path.hasPrefix("/dev/pts/") else { return false }
        let number = path.dropFirst("/dev/pts/".count)
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// The forbidden calls in a strace log (`-f -o` format: each line starts with a pid).
    static func breaches(inLog text: String) -> [Breach] {
        text.split(separator: "\n").compactMap { breach(inLine: String($0)) }
    }

    /// The forbidden call on one strace line, if any.
    static func breach(inLine line: String) -> Breach? {
        // "1234  openat(AT_FDCWD, \"/x\", O_WRONLY|O_CREAT, 0666) = 3"; resumed halves
        // ("<... openat resumed>") carry no arguments and were judged on their first line.
        var rest = Substring(line).drop(while: \.isNumber).drop(while: \.isWhitespace)
        guard let paren = rest.firstIndex(of: "(") else { return nil }
        let call = String(rest[..<paren])
        guard traced.contains(call), call != "execve" else { return nil }
        rest = rest[rest.index(after: paren)...]
        if alwaysForbidden.contains(call) { return Breach(call: call, line: line) }
        let (path, flags) = pathAndFlags(rest)
        guard writeFlags.contains(where: { flags.contains($0) }) else { return nil }
        return isTerminalOrNull(path) ? nil : Breach(call: call, line: line)
    }

    /// The first quoted argument (the path) and the text of the other arguments.
    private static func pathAndFlags(_ arguments: Substring) -> (String, String) {
        guard let open = arguments.firstIndex(of: "\"") else { return ("", String(arguments)) }
        var index = arguments.index(after: open)
        var path = ""
        while index < arguments.endIndex, arguments[index] != "\"" {
            if arguments[index] == "\\" { index = arguments.index(after: index) }
            if index < arguments.endIndex { path.append(arguments[index]) }
            index = arguments.index(after: index)
        }
        let after = index < arguments.endIndex ? arguments[arguments.index(after: index)...] : ""
        return (path, String(arguments[..<open]) + String(after))
    }

    /// Runs `command` under strace through the one test process runner (nothing on standard
    /// input, its output read and dropped) and returns the breaches. For commands that need no
    /// terminal (the negative tests).
    static func run(_ command: [String]) throws -> (breaches: [Breach], log: String) {
        let log = temporaryLogPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        _ = try TestProcess.run("/usr/bin/env", arguments(log: log, command: command))
        let text = try String(contentsOfFile: log, encoding: .utf8)
        return (breaches(inLog: text), text)
    }

    /// A fresh path in /tmp for a strace log (written by strace itself, which is not traced).
    static func temporaryLogPath() -> String {
        "/tmp/amparo-strace-\(UUID().uuidString).log"
    }
}
