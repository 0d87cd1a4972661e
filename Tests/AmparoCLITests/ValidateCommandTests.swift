import AmparoTestSupport
import Foundation
import Testing

/// `amparo validate`, run as a program: output, exit status, and every invalid fixture.
@Suite("amparo validate")
struct ValidateCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = repository.appendingPathComponent("Tests/AmparoCoreTests/Fixtures")

    struct Run {
        var status: Int32
        var output: String
        var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    static func amparo(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let run = try TestProcess.run(repository.appendingPathComponent(".build/debug/amparo").path, arguments,
                                      environment: environment, mergeOutput: true)
        return Run(status: run.status, output: run.stdout)
    }

    func temporaryFlow(_ text: String, name: String = "demo.yaml") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-validate-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func shippedContentValidatesClean() throws {
        let run = try Self.amparo(["validate"])
        #expect(run.status == 0, "\(run.output)")
        let summary = run.lines.last { !$0.isEmpty } ?? ""
        #expect(summary.range(of: #"^\d+ files?, 0 errors, \d+ warnings?$"#, options: .regularExpression) != nil, "\(summary)")
    }

    @Test func errorsAreLocatedWithASnippetAndASuggestionAndExitOne() throws {
        let fixture = try String(contentsOf: Self.fixtures.appendingPathComponent("invalid/AMP010-unknown-key.yaml"), encoding: .utf8)
        let path = try temporaryFlow(fixture)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let run = try Self.amparo(["validate", "--flows", path, "--facts", TestContentFiles.factsDirectory],
                                  environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.lines == [
            "\(path):28:5: error: unknown key 'sya' in card 'calls' [AMP010]",
            "    sya: I do not consent to a search.",
            "    ^",
            "did you mean 'say'?",
            "4 files, 1 error, 0 warnings",  // the flow and the 3 files of the test fact base
            "",
        ])
    }

    @Test func warningsAloneExitZero() throws {
        let run = try Self.validateFixture(Self.fixtures.appendingPathComponent("invalid/AMP034-unused-source.yaml").path)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.lines.first { $0.contains("[AMP034]") }?
            .hasSuffix("Facts/sources.yaml:12:9: warning: source 'penal-834c' is not named by any fact [AMP034]") == true,
            "\(run.output)")
        #expect(run.lines.last { !$0.isEmpty }?.hasSuffix(", 0 errors, 1 warning") == true, "\(run.output)")
        #expect(!run.output.contains("\u{1B}["), "no color when stdout is not a terminal")
    }

    @Test func everyErrorFixtureFailsWithALocatedError() throws {
        let directory = Self.fixtures.appendingPathComponent("invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        // AMP001 is a directory (the program reads it as a folder of flows); AMP002, AMP008 and
        // AMP050 need smaller limits than the program's; AMP061 depends on today's date.
        for name in names where name.hasSuffix(".yaml") && !["AMP001", "AMP002", "AMP008", "AMP050", "AMP061"].contains(String(name.prefix(6))) {
            let path = directory.appendingPathComponent(name).path
            let run = try Self.validateFixture(path)
            let code = String(name.prefix(6))
            let located = run.lines.first { $0.hasSuffix("[\(code)]") } ?? ""
            #expect(located.range(of: #"^.+:\d+:\d+: (error|warning|note): .+ \[AMP\d{3}\]$"#, options: .regularExpression) != nil,
                    "\(name): \(run.output)")
            let isError = located.contains(": error: ")
            #expect(run.status == (isError ? 1 : 0), "\(name)")
        }
    }

    /// Runs `validate` on a fixture as the core tests check it: a flow on the test fact base,
    /// or a file of the fact base (`# file: Facts/NAME`) in a copy of the test content.
    static func validateFixture(_ path: String) throws -> Run {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let header = text.split(separator: "\n").prefix(while: { $0.hasPrefix("# ") })
        guard let factsFile = header.first(where: { $0.hasPrefix("# file: Facts/") })?.dropFirst("# file: Facts/".count) else {
            return try amparo(["validate", "--flows", path, "--facts", TestContentFiles.factsDirectory])
        }
        let flow = try String(contentsOf: fixtures.appendingPathComponent("content/Flows/demo.yaml"), encoding: .utf8)
        let content = try TestContentFiles.makeDirectory(flows: ["demo.yaml": flow])
        defer { try? FileManager.default.removeItem(atPath: content) }
        try text.write(toFile: content + "/Facts/" + factsFile, atomically: true, encoding: .utf8)
        return try amparo(["validate", "--content", content])
    }

    @Test func aMissingPathIsAClearError() throws {
        let run = try Self.amparo(["validate", "--flows", "/nonexistent/flows"])
        #expect(run.status != 0)
        #expect(run.output.contains("no such file or directory: /nonexistent/flows"))
    }
}
