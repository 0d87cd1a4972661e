import AmparoCore
import AmparoTestSupport
import Foundation
import Testing

/// Error messages echo arguments, file names, environment variables and config keys; none of
/// them may pass an escape sequence on to the terminal. Each payload of
/// `Tests/Payloads/terminal-payloads.json` is given where a message echoes it.
@Suite("Terminal-safe messages")
struct TerminalSafeMessagesTests {
    /// Every payload but NUL, which no argument or environment variable can hold.
    static let payloads = TerminalPayload.all.filter { !$0.text.contains("\u{0}") }

    /// One payload of each family: an OSC, a C1 control, a bidi override.
    static let samples = payloads.filter { ["OSC 52 clipboard", "C1 CSI 2J", "U+202E RLO"].contains($0.name) }

    /// The first character a terminal would act on, in what the program wrote.
    private func acting(_ run: Amparo.Run) -> Unicode.Scalar? {
        firstTerminalActingScalar(in: run.stdout + run.stderr)
    }

    @Test(arguments: payloads)
    func anAnswerIsEchoedSafely(payload: TerminalPayload) throws {
        #expect(Self.payloads.count >= 30)
        for answer in [payload.text + "=yes", "where=" + payload.text] {
            let run = try Amparo.run(["decide", Amparo.doorFlow, "--answer", answer])
            #expect(run.status == 1)
            // (An answer is cut at its first `=`.)
            let echoed = TerminalSafeText.sanitize(String(payload.text.prefix { $0 != "=" }))
            #expect(run.stderr.contains(echoed), "the answer is shown: \(run.stderr)")
            #expect(acting(run) == nil, "\(run.stderr.debugDescription)")
        }
    }

    /// Every other place a message echoes what it was given.
    @Test(arguments: samples)
    func everyEchoIsSafe(payload: TerminalPayload) throws {
        let config = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-payload-\(UUID().uuidString).conf").path
        try "kiosk = false\n\(payload.text) = 1\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let content = TestContentFiles.directory
        let runs: [(String, [String], [String: String])] = [
            ("--lang", ["--plain", "--content", content, "--lang", payload.text], [:]),
            ("--flow", ["--plain", "--content", content, "--lang", "en", "--flow", payload.text], [:]),
            ("an unknown option", ["--" + payload.text], [:]),
            ("an invalid value", ["decide", Amparo.doorFlow, "--format", payload.text], [:]),
            ("a flow id", ["review", "--content", content, payload.text], [:]),
            ("a file name", ["validate", "--flows", "/nonexistent/" + payload.text + ".yaml"], [:]),
            ("decide --lang", ["decide", Amparo.doorFlow, "--lang", payload.text, "--answer", "where=home"], [:]),
            ("a config key", ["--plain", "--content", content], ["AMPARO_CONFIG": config]),
            ("AMPARO_KIOSK", ["--plain", "--content", content], ["AMPARO_KIOSK": payload.text]),
        ]
        // A flow file with the payload written raw: the problem is shown with its source line.
        let flows = try Amparo.contentDirectory(["bad.yaml": "id: bad\ntitle: Help " + payload.text + "\n"])
        defer { try? FileManager.default.removeItem(atPath: flows) }
        let validate = try Amparo.run(["validate", "--flows", flows + "/Flows"])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("Help " + TerminalSafeText.sanitize(payload.text)), "\(validate.stdout)")
        #expect(acting(validate) == nil, "validate: \(validate.stdout.debugDescription)")
        for (what, arguments, environment) in runs {
            let run = try Amparo.run(arguments, environment: environment)
            #expect(run.status != 0, "\(what)")
            // The value is shown, made visible; a config line that could drive the terminal is not
            // shown at all.
            let shown = run.stderr.contains(TerminalSafeText.sanitize(String(payload.text.prefix { $0 != "=" })))
            #expect(shown == (what != "a config key"), "\(what): \(run.stderr)")
            #expect(acting(run) == nil, "\(what): \((run.stdout + run.stderr).debugDescription)")
        }
    }
}
