import Testing

@testable import AmparoCore

@Suite("Where the kiosk settings come from")
struct KioskConfigLoaderTests {
    let pinLines = """
        staff-pin = scrypt:14:8:1:00112233445566778899aabbccddeeff:c80d16389906bd94076459021a55e804aa932b90a3ab34dbb0501a850d21f455
        """

    func files(_ files: [String: String]) -> (String) throws -> String? {
        { files[$0] }
    }

    @Test("no file, no variable, no flag: not a kiosk")
    func defaults() throws {
        let config = try KioskConfigLoader.load(kioskFlag: false, environment: [:], readFile: files([:]))
        #expect(config == KioskConfig())
    }

    @Test("/etc/amparo/kiosk.conf is read when it exists")
    func systemFile() throws {
        let config = try KioskConfigLoader.load(
            kioskFlag: false, environment: [:],
            readFile: files(["/etc/amparo/kiosk.conf": "kiosk = true\nidle-seconds = 5\n" + pinLines]))
        #expect(config.kiosk)
        #expect(config.idleSeconds == 5)
    }

    @Test("AMPARO_CONFIG replaces the system file, and must exist")
    func explicitFile() throws {
        let both = files([
            "/etc/amparo/kiosk.conf": "idle-seconds = 5",
            "/tmp/k.conf": "idle-seconds = 7",
        ])
        let config = try KioskConfigLoader.load(
            kioskFlag: false, environment: ["AMPARO_CONFIG": "/tmp/k.conf"], readFile: both)
        #expect(config.idleSeconds == 7)
        #expect {
            try KioskConfigLoader.load(
                kioskFlag: false, environment: ["AMPARO_CONFIG": "/tmp/none.conf"], readFile: both)
        } throws: { error in
            (error as? KioskConfigError)?.description
                == "/tmp/none.conf: error: no such file (named by AMPARO_CONFIG) [AMP600]"
        }
    }

    @Test("AMPARO_KIOSK overrides the file, and --kiosk overrides both")
    func precedence() throws {
        let file = files(["/etc/amparo/kiosk.conf": "kiosk = true\n" + pinLines])
        let off = try KioskConfigLoader.load(
            kioskFlag: false, environment: ["AMPARO_KIOSK": "0"], readFile: file)
        #expect(!off.kiosk)
        let on = try KioskConfigLoader.load(
            kioskFlag: true, environment: ["AMPARO_KIOSK": "0"], readFile: file)
        #expect(on.kiosk)
        #expect(throws: KioskConfigError.self) {
            try KioskConfigLoader.load(kioskFlag: false, environment: ["AMPARO_KIOSK": "sure"], readFile: file)
        }
    }

    @Test("kiosk mode without a staff PIN is refused, naming the fix")
    func kioskNeedsPin() {
        #expect {
            try KioskConfigLoader.load(kioskFlag: true, environment: [:], readFile: files([:]))
        } throws: { error in
            (error as? KioskConfigError)?.description.contains("amparo kiosk-pin") ?? false
        }
    }

    @Test("an unreadable file is an error, not the defaults")
    func unreadableFile() {
        struct Denied: Error, CustomStringConvertible { var description: String { "permission denied" } }
        #expect {
            try KioskConfigLoader.load(kioskFlag: false, environment: [:]) { _ in throw Denied() }
        } throws: { error in
            (error as? KioskConfigError)?.description
                == "/etc/amparo/kiosk.conf: error: cannot read the file: permission denied [AMP600]"
        }
    }
}
