import Foundation
import Testing

/// The outside programs a kiosk runs (`lpstat`, `lp`, `espeak-ng`) are started by the absolute
/// paths in the config, never found through `PATH`, and under `strace -f` neither they nor the
/// kiosk write anything. The test lists what each child opened.
@Suite(.enabled(if: Tmux.path != nil && StraceAudit.isAvailable, "needs tmux and strace"))
struct KioskChildProgramsTests {
    /// Stand-ins for CUPS and espeak-ng: they read what they are given and throw it away.
    static let fakes = [
        "lpstat": "#!/bin/sh\ncase \"$1\" in -d) echo 'system default destination: FrontDesk';; "
            + "-p) echo 'printer FrontDesk is idle.  enabled since Thu 03 Dec 2026';; esac\n",
        "lp": "#!/bin/sh\n/bin/cat > /dev/null\necho 'request id is FrontDesk-1 (1 file(s))'\n",
        "espeak-ng": "#!/bin/sh\n/bin/cat > /dev/null\n",
    ]

    @Test("print and read aloud run the configured lpstat, lp and espeak-ng by path; no process writes or connects")
    func childrenByAbsolutePath() throws {
        let directory = "/tmp/amparo-programs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for (name, script) in Self.fakes {
            FileManager.default.createFile(atPath: "\(directory)/\(name)", contents: Data(script.utf8),
                                           attributes: [.posixPermissions: 0o755])
        }
        let log = StraceAudit.temporaryLogPath()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let strace = StraceAudit.arguments(log: log, command: []).joined(separator: " ") + " "
        // A decoy in PATH: a kiosk that searched PATH would run it.
        let config = "read-aloud = true\nlp-program = \(directory)/lp\nlpstat-program = \(directory)/lpstat\n"
            + "espeak-ng-program = \(directory)/espeak-ng\n"
        let kiosk = try KioskInTmux(before: "export PULSE_SERVER=unix:/nonexistent PATH=\(directory)-decoy:$PATH",
                                    prefix: strace, config: config)
        try kiosk.walkToOutcome()
        try kiosk.press("s")
        usleep(500_000)
        try kiosk.press("t")
        try kiosk.tmux.waitFor("Take this with you", timeout: 20)
        try kiosk.press("p")
        try kiosk.tmux.waitFor("FrontDesk", timeout: 20)
        try kiosk.press("Escape", "x")
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.staffExit(pin: KioskInTmux.pin)
        #expect(try AmparoInTmux(attachedTo: kiosk.tmux).exitStatus() == 0)

        let text = try String(contentsOfFile: log, encoding: .utf8)
        let processes = StraceAudit.processes(inLog: text)
        let children = processes.filter { !$0.ran.isEmpty && !$0.ran.contains { $0.hasSuffix("/amparo") } }
        let report = children.map(\.summary).joined(separator: "\n")
        print("What each child opened:\n" + report)
        let ran = Set(processes.flatMap(\.ran))
        for name in ["lpstat", "lp", "espeak-ng"] {
            #expect(ran.contains("\(directory)/\(name)"), "\(name) did not run: \(report)")
        }
        // Every try at starting one of these programs used the configured path: no PATH search.
        let tries = processes.flatMap(\.tried).filter { ["lp", "lpstat", "espeak-ng"].contains(($0 as NSString).lastPathComponent) }
        #expect(tries.allSatisfy { $0.hasPrefix(directory + "/") }, "\(tries)")
        // The children read their scripts and libraries and wrote nothing; nor did the kiosk.
        let breaches = StraceAudit.breaches(inLog: text)
        #expect(breaches.isEmpty, "\(breaches.map(\.line).joined(separator: "\n"))")
        #expect(StraceAudit.processes(inLog: "12  execve(\"/usr/bin/lp\", [\"lp\"], 0x1 /* 3 vars */) = 0\n"
            + "12  openat(AT_FDCWD, \"/etc/cups/client.conf\", O_RDONLY) = -1 ENOENT (No such file or directory)\n")
            == [.init(pid: 12, ran: ["/usr/bin/lp"], tried: ["/usr/bin/lp"], opened: ["/etc/cups/client.conf"])])
    }
}
