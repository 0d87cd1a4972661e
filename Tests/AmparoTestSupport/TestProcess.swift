import Foundation

/// Runs a program for a test and collects what it printed: the one process runner of the test
/// targets (the end-to-end tests' `Subprocess` is the exception: a tmux server it starts must
/// not inherit pipes).
public enum TestProcess {
    /// What a run printed and how it ended.
    public struct Result: Sendable {
        /// Standard output (with standard error too, when they were merged).
        public var stdout: String
        /// Standard error (empty when merged into `stdout`).
        public var stderr: String
        /// The exit status.
        public var status: Int32

        /// The output's lines, the last one kept even when empty.
        public var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input (then end of input),
    /// in `directory` (default: the package root), with `environment` added to this process's
    /// own (a value of `nil` removes a variable; `AMPARO_CONTENT` is always removed unless given).
    /// `mergeOutput` sends standard error to `stdout`, in order.
    public static func run(_ executable: String, _ arguments: [String], input: Data = Data(),
                           environment: [String: String?] = [:], directory: String? = nil,
                           mergeOutput: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? TestContentFiles.packageRoot)
        var env = ProcessInfo.processInfo.environment
        env["AMPARO_CONTENT"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = mergeOutput ? stdout : Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while the program runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        DispatchQueue.global().async(group: group) { out = stdout.fileHandleForReading.readDataToEndOfFile() }
        if !mergeOutput {
            DispatchQueue.global().async(group: group) { err = stderr.fileHandleForReading.readDataToEndOfFile() }
        }
        try? stdin.fileHandleForWriting.write(contentsOf: input)
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Runs it with text on standard input.
    public static func run(_ executable: String, _ arguments: [String], input: String,
                           environment: [String: String?] = [:], directory: String? = nil,
                           mergeOutput: Bool = false) throws -> Result {
        try run(executable, arguments, input: Data(input.utf8), environment: environment, directory: directory,
                mergeOutput: mergeOutput)
    }

    /// Where a program is on the `PATH`, if it is.
    public static func which(_ program: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
