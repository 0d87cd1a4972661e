import Foundation

/// Runs the built `.build/debug/amparo` (scripts/test builds it before `swift test`).
enum Amparo {
    /// The package root, found from this file's place.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Support, AmparoCLITests, Tests, file
        return url.path
    }()

    static var binary: String { root + "/.build/debug/amparo" }

    /// What a run printed and how it ended.
    struct Run {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// Runs `amparo` with `arguments`, feeding `input` on standard input (then end of input).
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    directory: String? = nil) throws -> Run {
        try run(executable: binary, arguments, input: input, environment: environment, directory: directory)
    }

    /// Runs any program the same way.
    static func run(executable: String, _ arguments: [String], input: String = "",
                    environment: [String: String] = [:], directory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        var env = ProcessInfo.processInfo.environment
        env["AMPARO_CONTENT"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while the program runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data(), err = Data()
        DispatchQueue.global().async(group: group) { out = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = stderr.fileHandleForReading.readDataToEndOfFile() }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Run(stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                   status: process.terminationStatus)
    }

    /// The door fixture flow shared with the core tests.
    static var doorFlow: String { root + "/Tests/AmparoCoreTests/Fixtures/analysis/door.yaml" }

    /// A fresh content directory whose `Flows/` holds the given files (name → YAML).
    static func contentDirectory(_ files: [String: String]) throws -> String {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("amparo-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/Flows", withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: directory + "/Flows/" + name, atomically: true, encoding: .utf8)
        }
        return directory
    }

    /// Whether a program is on the PATH, and where.
    static func which(_ program: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
