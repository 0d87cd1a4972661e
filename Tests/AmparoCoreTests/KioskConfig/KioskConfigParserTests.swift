import Testing

@testable import AmparoCore

@Suite("Kiosk config file")
struct KioskConfigParserTests {
    /// scrypt of "Staff-2026" at N = 2^14, r = 8, p = 1 (see `StaffPinTests`).
    let pinLine = "staff-pin = scrypt:14:8:1:00112233445566778899aabbccddeeff:"
        + "c80d16389906bd94076459021a55e804aa932b90a3ab34dbb0501a850d21f455"

    @Test("site = DIR: an absolute folder as it is, a relative one from the config file's folder")
    func site() throws {
        #expect(try KioskConfigParser.parse("site = /srv/amparo/Sites/east", path: "/etc/amparo/kiosk.conf").site
                == "/srv/amparo/Sites/east")
        #expect(try KioskConfigParser.parse("site = Sites/east  # our center", path: "/etc/amparo/kiosk.conf").site
                == "/etc/amparo/Sites/east")
        #expect(try KioskConfigParser.parse("kiosk = false", path: "kiosk.conf").site == nil)
    }

    @Test("every key, with comments and blank lines")
    func parsesEveryKey() throws {
        let text = """
            # Front desk laptop
            kiosk = true
            idle-seconds = 90     # a minute and a half

              countdown-seconds=15
            \(pinLine)
            read-aloud = yes
            """
        let config = try KioskConfigParser.parse(text, path: "kiosk.conf")
        #expect(config.kiosk)
        #expect(config.idleSeconds == 90)
        #expect(config.countdownSeconds == 15)
        #expect(config.readAloud)
        let pin = try #require(config.staffPin)
        #expect(pin.matches("Staff-2026"))
        #expect(!pin.matches("staff-2026"))
    }

    @Test("an empty file gives the defaults")
    func emptyFileIsDefaults() throws {
        #expect(try KioskConfigParser.parse("\n# nothing\n", path: "k") == KioskConfig())
        #expect(KioskConfig().idleSeconds == 120)
        #expect(KioskConfig().countdownSeconds == 20)
    }

    @Test("every problem is reported with its line and column")
    func reportsEveryProblem() {
        let text = """
            kiosk = maybe
            idel-seconds = 30
            countdown-seconds = 0
            just some words
            kiosk = false
            staff-pin = scrypt:15:8:1:12ab
            """
        #expect {
            try KioskConfigParser.parse(text, path: "/etc/amparo/kiosk.conf")
        } throws: { error in
            guard let error = error as? KioskConfigError else { return false }
            return error.description.split(separator: "\n") == [
                "/etc/amparo/kiosk.conf:1:9: error: `kiosk` must be `true` or `false`, not `maybe` [AMP604]",
                "/etc/amparo/kiosk.conf:2:1: error: unknown key `idel-seconds` [AMP602]",
                "did you mean 'idle-seconds'?",
                "/etc/amparo/kiosk.conf:3:21: error: `countdown-seconds` must be a whole number of seconds from 1 to 86400 [AMP604]",
                "/etc/amparo/kiosk.conf:4:1: error: expected `key = value` [AMP601]",
                "/etc/amparo/kiosk.conf:5:1: error: `kiosk` is already set on line 1 [AMP603]",
                "/etc/amparo/kiosk.conf:6:13: error: `staff-pin` must be `scrypt:LOG2N:R:P:SALT:KEY`, as `amparo kiosk-pin` prints it [AMP604]",
            ]
        }
    }

    @Test("the old SHA-256 record is refused, pointing to amparo kiosk-pin, and never echoed")
    func oldRecordIsRefused() {
        let hash = "e91b50471952d556dc521d228b437fe59f557e51de4c6a5fdd21b03804c97252"
        for line in ["staff-pin-sha256 = \(hash)", "staff-pin-salt = 00112233445566778899aabbccddeeff"] {
            #expect {
                try KioskConfigParser.parse("kiosk = true\r\n" + line + "\r\n", path: "k")
            } throws: { error in
                let text = (error as? KioskConfigError)?.description ?? ""
                return text.contains("[AMP605]") && text.contains("amparo kiosk-pin") && text.hasPrefix("k:2:1:")
                    && !text.contains(hash) && !text.contains("00112233")
            }
        }
    }

    @Test("lp, lpstat and espeak-ng: Debian's paths by default, set by absolute path only")
    func programs() throws {
        #expect(KioskConfig().programs == KioskPrograms(lp: "/usr/bin/lp", lpstat: "/usr/bin/lpstat", espeakNG: "/usr/bin/espeak-ng"))
        let config = try KioskConfigParser.parse("lp-program = /opt/cups/bin/lp\nespeak-ng-program = /usr/local/bin/espeak-ng", path: "k")
        #expect(config.programs == KioskPrograms(lp: "/opt/cups/bin/lp", espeakNG: "/usr/local/bin/espeak-ng"))
        #expect {
            try KioskConfigParser.parse("lpstat-program = lpstat\nlp-program = /usr/../tmp/lp", path: "k")
        } throws: { error in
            (error as? KioskConfigError)?.description.split(separator: "\n") == [
                "k:1:18: error: `lpstat-program` must be an absolute path (starting with /): programs are never looked up in PATH [AMP604]",
                "k:2:14: error: `lp-program` may not contain a `..` part [AMP604]",
            ]
        }
    }

    @Test("a config saved with CRLF line ends reads as the same lines")
    func crlf() throws {
        let text = "kiosk = true\r\nidle-seconds = 90\r\n\(pinLine)\r\nread-aloud = on\r\n"
        let config = try KioskConfigParser.parse(text, path: "k")
        #expect(config.kiosk && config.idleSeconds == 90 && config.readAloud)
        #expect(config.staffPin?.matches("Staff-2026") == true)
    }

    @Test("an empty value and a value with a '#' inside a word")
    func valuesAndComments() throws {
        #expect(throws: KioskConfigError.self) { try KioskConfigParser.parse("kiosk =", path: "k") }
        #expect(KioskConfigParser.withoutComment("a = b#c") == "a = b#c")
        #expect(KioskConfigParser.withoutComment("a = b #c") == "a = b ")
    }
}
