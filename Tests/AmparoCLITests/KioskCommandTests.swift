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

    @Test("kiosk-pin prints one staff-pin line: scrypt N = 2^15, r = 8, p = 1, as Python's hashlib computes it")
    func kioskPin() throws {
        let run = try Amparo.run(["kiosk-pin"], input: "482193\n")
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1)
        let value = try #require(lines.first { $0.hasPrefix("staff-pin = scrypt:15:8:1:") }).dropFirst(26)
        let parts = value.split(separator: ":").map(String.init)
        #expect(parts.count == 2 && parts[0].count == 32 && parts[1].count == 64)
        #expect(!run.stdout.contains("482193") && !run.stderr.contains("482193"))
        // The same key from another scrypt: Python's hashlib (OpenSSL).
        if let python = Amparo.which("python3"), parts.count == 2 {
            let script = "import hashlib; print(hashlib.scrypt(b'482193', salt=bytes.fromhex('\(parts[0])'), "
                + "n=1<<15, r=8, p=1, maxmem=64<<20, dklen=32).hex())"
            let check = try Amparo.run(executable: python, ["-c", script])
            #expect(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == parts[1])
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
        for short in ["12", "4821", "48219"] {
            let run = try Amparo.run(["kiosk-pin"], input: short + "\n")
            #expect(run.status != 0)
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("6 to 64 characters"))
        }
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
