import AmparoTestSupport
import Foundation
import Testing

/// A failed write to standard output is an error message and status 1, never a crash (a
/// `try!` in Foundation's `FileHandle.write` used to stop the program with status 132) and
/// never silent (`kiosk-pin` used to exit 0 having written no PIN). `/dev/full` refuses every
/// write with ENOSPC.
@Suite("Failed writes")
struct FailedWriteTests {
    private static let content = TestContentFiles.directory

    static let commands: [(name: String, arguments: [String], input: String)] = [
        ("plain mode", ["--plain", "--lang", "en", "--content", content], "1\n1\nq\n"),
        ("review", ["review", "door", "--content", content], ""),
        ("decide text", ["decide", "door", "--content", content, "--answer", "where=home", "--answer", "warrant=unsure",
                         "--answer", "needs=calls"], ""),
        ("decide json", ["decide", "door", "--content", content, "--format", "json", "--answer", "where=home",
                         "--answer", "warrant=unsure", "--answer", "needs=calls"], ""),
        ("graph", ["graph", "door", "--content", content], ""),
        ("paths", ["paths", "door", "--content", content], ""),
        ("translations status", ["translations", "status", "--content", content], ""),
        ("facts", ["facts", "--content", content], ""),
        ("validate", ["validate", "--content", content], ""),
        ("help", ["--help"], ""),
        ("kiosk-pin", ["kiosk-pin"], "482193\n"),
    ]

    @Test(arguments: commands.map(\.name))
    func aFullDiskIsAnError(command: String) throws {
        let (_, arguments, input) = try #require(Self.commands.first { $0.name == command })
        // Each command works when its output can be written…
        let written = try TestProcess.run(TestContentFiles.binary, arguments, input: input)
        #expect(!written.stdout.isEmpty, "\(written.stderr)")
        // …and to /dev/full it says so and exits 1.
        let full = try TestProcess.run("/bin/sh", ["-c", "exec \"$0\" \"$@\" > /dev/full", TestContentFiles.binary] + arguments,
                                       input: input)
        #expect(full.status == 1, "\(full.stderr)")
        #expect(full.stderr.contains("error: cannot write to standard output: No space left on device"), "\(full.stderr)")
        #expect(!full.stderr.contains("Fatal error"))
    }

    /// On a closed pipe the program ends quietly, as by SIGPIPE, with nothing on standard error.
    /// (`true` has closed the pipe long before the program has loaded its content.)
    @Test func aClosedPipeEndsQuietly() throws {
        let run = try TestProcess.run("/bin/bash", ["-c", "\"$0\" review door --content \"$1\" | true; echo ${PIPESTATUS[0]}",
                                                    TestContentFiles.binary, Self.content], input: "")
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "141", "\(run.stdout)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }
}
