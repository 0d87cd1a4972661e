import AmparoTestSupport
import Foundation
import Testing

/// Core dumps are off for the running program: RLIMIT_CORE is 0, and it is not dumpable (the
/// kernel then gives its /proc entries to root, so another process of the same user cannot read
/// its memory, and no core is written whatever the limit).
@Suite("Core dumps")
struct CoreDumpTests {
    /// The program is started as `nobody` (so that its /proc entries would be nobody's if it
    /// were dumpable), in the plain mode, waiting at its first question.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run the program as another user"))
    func theRunningProgramHasCoreDumpsOff() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", TestContentFiles.binary,
                             "--plain", "--lang", "en", "--content", TestContentFiles.directory]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
        }
        // The first screen is written once the program is running its wizard.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("What is happening?") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
        let pid = process.processIdentifier
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = try #require(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        #expect(core.split(separator: " ", omittingEmptySubsequences: true).dropFirst(4).prefix(2) == ["0", "0"], "\(core)")
        var info = stat()
        #expect(stat("/proc/\(pid)/mem", &info) == 0)
        #expect(info.st_uid == 0, "a dumpable process's /proc entries belong to its own user (65534)")
    }

    /// The check can fail: an ordinary program run the same way is dumpable, and its entries
    /// are nobody's.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root and setpriv to run a program as another user"))
    func anOrdinaryProgramIsDumpable() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sleep", "30"]
        try process.run()
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
        var info = stat()
        for _ in 0..<100 where stat("/proc/\(process.processIdentifier)/mem", &info) == 0 && info.st_uid != 65534 {
            usleep(10_000)   // until setpriv has become nobody and started sleep
        }
        #expect(info.st_uid == 65534)
    }
}
