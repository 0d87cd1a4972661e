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
        let run = try Self.amparo(["validate", "--flows", path], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1)
        #expect(run.lines == [
            "\(path):34:5: error: unknown key 'sya' in card 'calls' [AMP010]",
            "    sya: I do not consent to a search.",
            "    ^",
            "did you mean 'say'?",
            "1 file, 1 error, 0 warnings",
            "",
        ])
    }

    @Test func warningsAloneExitZero() throws {
        let fixture = try String(contentsOf: Self.fixtures.appendingPathComponent("invalid/AMP034-unused-source.yaml"), encoding: .utf8)
        let path = try temporaryFlow(fixture)
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let run = try Self.amparo(["validate", "--flows", (path as NSString).deletingLastPathComponent])
        #expect(run.status == 0)
        #expect(run.lines.first == "\(path):14:9: warning: source 'fourth-amendment' is not cited by any card [AMP034]")
        #expect(run.lines.last { !$0.isEmpty } == "1 file, 0 errors, 1 warning")
        #expect(!run.output.contains("\u{1B}["), "no color when stdout is not a terminal")
    }

    @Test func everyErrorFixtureFailsWithALocatedError() throws {
        let directory = Self.fixtures.appendingPathComponent("invalid")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        // AMP001 is a directory (the program reads it as a folder of flows); AMP002 and AMP050
        // need smaller limits than the program's; AMP061 depends on today's date.
        for name in names where name.hasSuffix(".yaml") && !["AMP001", "AMP002", "AMP050", "AMP061"].contains(String(name.prefix(6))) {
            let path = directory.appendingPathComponent(name).path
            let run = try Self.amparo(["validate", "--flows", path])
            let code = String(name.prefix(6))
            let located = run.lines.first { $0.hasSuffix("[\(code)]") } ?? ""
            #expect(located.range(of: #"^.+:\d+:\d+: (error|warning|note): .+ \[AMP\d{3}\]$"#, options: .regularExpression) != nil,
                    "\(name): \(run.output)")
            let isError = located.contains(": error: ")
            #expect(run.status == (isError ? 1 : 0), "\(name)")
        }
    }

    @Test func aMissingPathIsAClearError() throws {
        let run = try Self.amparo(["validate", "--flows", "/nonexistent/flows"])
        #expect(run.status != 0)
        #expect(run.output.contains("no such file or directory: /nonexistent/flows"))
    }
}
