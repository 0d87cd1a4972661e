import AmparoSystem
import Foundation
import Testing

@Suite("Child processes, saved summaries, espeak-ng")
struct ChildProcessTests {
    @Test("input goes in, output comes back, the status is kept")
    func roundTrip() throws {
        let cat = try #require(ChildProcess.run(["/bin/cat"], input: Array("línea 1\n熱線\n".utf8)))
        #expect(cat.status == 0)
        #expect(cat.output == "línea 1\n熱線\n")
        let failing = try #require(ChildProcess.run(["/bin/sh", "-c", "echo out; echo err >&2; exit 3"]))
        #expect(failing.status == 3)
        #expect(failing.output == "out\n")
    }

    @Test("a program that does not exist cannot be started; a name that is not an absolute path is never looked up")
    func missingProgram() {
        #expect(ChildProcess.run(["/usr/bin/amparo-no-such-program"]) == nil)
        #expect(ChildProcess.run(["cat"], input: [1]) == nil)
        #expect(ChildProcess.run(["bin/cat"], input: [1]) == nil)
        #expect(ChildProcess.findInPath("sh", path: "/nonexistent:/bin") == "/bin/sh")
        #expect(ChildProcess.findInPath("amparo-no-such-program") == nil)
    }

    @Test("a running program can be stopped")
    func stop() throws {
        let sleeper = try #require(ChildProcess.start(["/bin/sleep", "30"], captureOutput: false))
        #expect(!sleeper.hasEnded())
        sleeper.stop()
        #expect(kill(sleeper.pid, 0) != 0)
    }

    @Test("a summary is saved to a new file readable by its owner only, never over another")
    func saveSummary() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("amparo-summary-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try SummaryFileWriter.save("Qué decir:\n\"No doy mi consentimiento.\"\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Qué decir:\n\"No doy mi consentimiento.\"\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(throws: SummaryFileWriter.Failure.exists) { try SummaryFileWriter.save("again", to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Qué decir"))
        #expect(throws: SummaryFileWriter.Failure.self) {
            try SummaryFileWriter.save("x", to: "/nonexistent-dir-amparo/summary.txt")
        }
    }

    @Test(
        "espeak-ng speaks Spanish to a WAV file (deleted after)",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng")))
    func espeakRenders() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("amparo-speech-\(UUID().uuidString).wav").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(EspeakReader().render("No abra la puerta.", voice: "es-419", toWAV: path) == 0)
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(data.prefix(4) == Data("RIFF".utf8))
        #expect(data.count > 10_000)
    }
}
