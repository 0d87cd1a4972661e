import Foundation
import Testing

/// `amparo kiosk-pin`, and how `amparo --kiosk` refuses to start without what it needs.
@Suite("Kiosk commands")
struct KioskCommandTests {
    func config(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-kiosk-\(UUID().uuidString).conf").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("kiosk-pin prints two config lines whose hash is SHA-256 of salt then PIN")
    func kioskPin() throws {
        let run = try Amparo.run(["kiosk-pin"], input: "4821\n")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let hash = try #require(lines.first { $0.hasPrefix("staff-pin-sha256 = ") }).dropFirst(19)
        let salt = try #require(lines.first { $0.hasPrefix("staff-pin-salt = ") }).dropFirst(17)
        #expect(hash.count == 64 && salt.count == 32)
        // The same hash from coreutils: (printf %s SALT | xxd -r -p; printf %s PIN) | sha256sum
        if let shell = Amparo.which("sh"), Amparo.which("xxd") != nil, Amparo.which("sha256sum") != nil {
            let check = try Amparo.run(executable: shell, ["-c", "(printf %s \(salt) | xxd -r -p; printf %s 4821) | sha256sum"])
            #expect(check.stdout.hasPrefix(String(hash)))
        }
        // The lines are a valid config that starts a kiosk (checked by --kiosk --plain's message).
        let path = try config(run.stdout)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let refused = try Amparo.run(["--kiosk", "--plain"], environment: ["AMPARO_CONFIG": path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("kiosk mode needs a full-screen terminal"), "\(refused.stderr)")
    }

    @Test("kiosk-pin refuses a short PIN and prints nothing")
    func shortPin() throws {
        let run = try Amparo.run(["kiosk-pin"], input: "12\n")
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("4 to 32 characters"))
    }

    @Test("kiosk mode without a staff PIN does not start, and says how to make one")
    func kioskNeedsAPin() throws {
        let path = try config("kiosk = true\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Amparo.run([], environment: ["AMPARO_CONFIG": path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("amparo kiosk-pin"), "\(run.stderr)")
    }

    @Test("a bad config file is reported with file, line and column")
    func badConfig() throws {
        let path = try config("kiosk = true\nidel-seconds = 5\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Amparo.run(["--plain"], environment: ["AMPARO_CONFIG": path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("\(path):2:1: error: unknown key `idel-seconds` [AMP602]\ndid you mean 'idle-seconds'?"))
    }
}
