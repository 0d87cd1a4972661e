import AmparoTestSupport
import Foundation

/// Runs the built `.build/debug/amparo` (scripts/test builds it before `swift test`).
enum Amparo {
    /// The package root.
    static var root: String { TestContentFiles.packageRoot }

    static var binary: String { TestContentFiles.binary }

    /// What a run printed and how it ended.
    typealias Run = TestProcess.Result

    /// Runs `amparo` with `arguments`, feeding `input` on standard input (then end of input).
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    directory: String? = nil) throws -> Run {
        try TestProcess.run(binary, arguments, input: input, environment: environment, directory: directory)
    }

    /// Runs any program the same way.
    static func run(executable: String, _ arguments: [String], input: String = "",
                    environment: [String: String] = [:], directory: String? = nil) throws -> Run {
        try TestProcess.run(executable, arguments, input: input, environment: environment, directory: directory)
    }

    /// The door fixture flow shared with the core tests (`Fixtures/analysis/door.yaml`), in a
    /// content directory of its own on the test fact base, made once per test run.
    static let doorFlow: String = {
        let fixture = root + "/Tests/AmparoCoreTests/Fixtures/analysis/door.yaml"
        guard let text = try? String(contentsOfFile: fixture, encoding: .utf8),
              let content = try? TestContentFiles.makeDirectory(flows: ["door.yaml": text]) else {
            preconditionFailure("cannot copy \(fixture) into a temporary content directory")
        }
        return content + "/Flows/door.yaml"
    }()

    /// A fresh content directory whose `Flows/` holds the given files (name → YAML), on the test
    /// fact base.
    static func contentDirectory(_ files: [String: String]) throws -> String {
        try TestContentFiles.makeDirectory(flows: files)
    }

    /// Whether a program is on the PATH, and where.
    static func which(_ program: String) -> String? { TestProcess.which(program) }
}
