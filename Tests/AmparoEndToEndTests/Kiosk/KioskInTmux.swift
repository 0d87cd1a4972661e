import Foundation
import Testing

/// The built `amparo` in kiosk mode inside tmux, with a config file of its own (staff PIN
/// 482193) written to /tmp by the test and removed afterwards.
final class KioskInTmux {
    static let pin = "482193"
    /// scrypt (N = 2^15, r = 8, p = 1) of "482193" with the salt 00112233…eeff:
    /// `hashlib.scrypt(b"482193", salt=bytes.fromhex("0011…eeff"), n=1<<15, r=8, p=1, maxmem=64<<20, dklen=32)`.
    static let pinLines = "staff-pin = scrypt:15:8:1:00112233445566778899aabbccddeeff:"
        + "158f15e8e9345467ae7c74392dd12e4b28d815053e36557a6482c07922384333"

    let tmux: Tmux
    let configPath = "/tmp/amparo-kiosk-test-\(UUID().uuidString).conf"

    /// Starts the kiosk. `idle`/`countdown` are the idle timer's seconds; `before` runs in the
    /// shell first; `prefix` goes before the binary (strace); `tmuxSetup` runs before the shell
    /// command (window options); `content` is the content directory; `config` is more lines of
    /// the config file (`site = DIR`, `content-public-key = …`).
    init(idle: Int = 120, countdown: Int = 20, width: Int = 80, height: Int = 24, before: String = "",
         prefix: String = "", arguments: String = "--kiosk", content: String = Paths.content, config extra: String = "",
         tmuxSetup: (Tmux) throws -> Void = { _ in }) throws {
        let binary = try #require(Paths.binary, "build the binary first: swift build")
        let config = "idle-seconds = \(idle)\ncountdown-seconds = \(countdown)\n" + Self.pinLines + "\n" + extra
        FileManager.default.createFile(atPath: configPath, contents: Data(config.utf8))
        tmux = try Tmux(width: width, height: height, environment: ["AMPARO_CONFIG": configPath])
        try tmuxSetup(tmux)
        let setup = before.isEmpty ? "clear; " : "clear; \(before); "
        try tmux.shell(setup + "\(prefix)\(binary) --content \(content) \(arguments); echo EXIT:$?")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: configPath)
    }

    /// Sends keys one at a time, waiting a little after each so the app draws in between.
    func press(_ keys: String...) throws {
        for key in keys {
            try tmux.send(key)
            usleep(60_000)
        }
    }

    /// Types the staff sequence and a PIN.
    func staffExit(pin: String) throws {
        try press("F10", "F10", "F10")
        try tmux.waitFor("Staff PIN:")
        try tmux.type(pin)
        try press("Enter")
    }

    /// From the language picker to the door flow's outcome.
    func walkToOutcome() throws {
        try tmux.waitFor("Choose your language")
        try press("2")
        try tmux.waitFor("Help at the door")
        try press("Enter")
        try tmux.waitFor("Where are you?")
        try press("1")
        try tmux.waitFor("Did the agents show")
        try press("1")
        try tmux.waitFor("What do you need help with?")
        try press("1", "End", "Enter")
        try tmux.waitFor("What you can do")
    }

    /// Whether the shell has printed the exit status (the program ended).
    func hasEnded() throws -> Bool {
        try tmux.history().contains { $0.hasPrefix("EXIT:") }
    }
}

extension AmparoInTmux {
    /// The program already running in `tmux` (for its exit status and `stty` checks).
    init(attachedTo tmux: Tmux) {
        self.tmux = tmux
    }
}
