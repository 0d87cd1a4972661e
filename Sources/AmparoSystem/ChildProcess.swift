import Glibc

/// A program run with `posix_spawn` by its absolute path (never looked up in `PATH`), its standard input fed from memory and its standard
/// output read back, or thrown away. Standard error is thrown away: the programs Amparo runs
/// (`lpstat`, `lp`, `espeak-ng`) must not write over the screen.
public struct ChildProcess: Sendable {
    /// The process id.
    public let pid: pid_t
    private let outputFD: Int32?

    /// Starts `arguments[0]`, an absolute path, with the rest as its arguments, writes `input`
    /// to its standard input and closes it. Nil when the program cannot be started, and for a
    /// name that is not an absolute path (use `findInPath` first for developer tools).
    public static func start(_ arguments: [String], input: [UInt8] = [], captureOutput: Bool)
        -> ChildProcess?
    {
        guard let program = arguments.first, program.hasPrefix("/") else { return nil }
        var inPipe: [Int32] = [-1, -1]
        var outPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0 else { return nil }
        if captureOutput && pipe(&outPipe) != 0 {
            close(inPipe[0]); close(inPipe[1])
            return nil
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        for fd in [inPipe[0], inPipe[1], outPipe[0], outPipe[1]] where fd >= 0 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        // The child starts with every signal at its default and none blocked, whatever the
        // kiosk ignores (SIGINT, SIGTSTP, SIGQUIT) or the caller blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var allSignals = sigset_t()
        var noSignals = sigset_t()
        sigfillset(&allSignals)
        sigemptyset(&noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let status = posix_spawn(&pid, program, &actions, &attributes, argv, environ)
        close(inPipe[0])
        if captureOutput { close(outPipe[1]) }
        guard status == 0 else {
            close(inPipe[1])
            if captureOutput { close(outPipe[0]) }
            return nil
        }
        writeAll(input, to: inPipe[1])
        close(inPipe[1])
        return ChildProcess(pid: pid, outputFD: captureOutput ? outPipe[0] : nil)
    }

    /// Runs a program to the end; its exit status and standard output, or nil when it could
    /// not be started.
    public static func run(_ arguments: [String], input: [UInt8] = []) -> (status: Int32, output: String)? {
        guard let child = start(arguments, input: input, captureOutput: true) else { return nil }
        let output = child.readOutput()
        return (child.wait(), output)
    }

    /// The first executable `name` in `PATH`, for the developer commands that run tools such as
    /// `msgmerge`; the kiosk's programs come from its config instead (`KioskPrograms`).
    public static func findInPath(_ name: String, path: String? = nil) -> String? {
        let directories = (path ?? getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin").split(separator: ":")
        return directories.lazy.map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// Everything the program writes to standard output, until it closes it.
    public func readOutput() -> String {
        guard let outputFD else { return "" }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(outputFD, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[0..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(outputFD)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits for the program to end; its exit status (128 + signal when killed).
    @discardableResult
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }

    /// Whether the program has ended (reaps it when it has).
    public func hasEnded() -> Bool {
        var status: Int32 = 0
        return waitpid(pid, &status, WNOHANG) == pid
    }

    /// Stops the program and reaps it.
    public func stop() {
        kill(pid, SIGTERM)
        wait()
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }
}
