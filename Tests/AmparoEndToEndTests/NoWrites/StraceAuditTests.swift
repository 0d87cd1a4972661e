import Foundation
import Testing

@Suite("The no-writes audit itself")
struct StraceAuditTests {
    @Test("write opens, except of the terminal and /dev/null, are breaches; reads are not")
    func judgesLines() {
        let allowed = [
            #"101   openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3"#,
            #"101   openat(AT_FDCWD, "/dev/pts/3", O_RDWR|O_NOCTTY) = 4"#,
            #"101   open("/dev/tty", O_RDWR) = 5"#,
            #"101   openat(AT_FDCWD, "/dev/null", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 6"#,
            #"101   openat(AT_FDCWD, "/usr/share/amparo/Flows/O_WRONLY.yaml", O_RDONLY) = 7"#,
            #"101   <... openat resumed>) = 3"#,
            #"101   +++ exited with 0 +++"#,
        ]
        for line in allowed { #expect(StraceAudit.breach(inLine: line) == nil, "\(line)") }
        let forbidden = [
            #"102   openat(AT_FDCWD, "/tmp/answers.log", O_WRONLY|O_CREAT|O_APPEND, 0644) = 3"#,
            #"102   openat(AT_FDCWD, "/root/.cache/x", O_RDWR|O_CREAT, 0600) = -1 EACCES (Permission denied)"#,
            #"102   openat(AT_FDCWD, "/dev/pts/", O_RDWR) = -1 ENOENT"#,
            #"102   openat(AT_FDCWD, "/dev/pts/3x", O_WRONLY) = 3"#,
            #"102   creat("/tmp/x", 0644) = 3"#,
            #"102   unlink("/tmp/x") = 0"#,
            #"102   mkdir("/root/.amparo", 0700) = 0"#,
            #"102   renameat2(AT_FDCWD, "/tmp/a", AT_FDCWD, "/tmp/b", 0) = 0"#,
            #"102   connect(3, {sa_family=AF_UNIX, sun_path="/dev/log"}, 110) = -1 ENOENT"#,
            #"102   connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16 <unfinished ...>"#,
            #"102   sendto(3, "<14>answer", 10, MSG_NOSIGNAL, NULL, 0) = 10"#,
        ]
        for line in forbidden { #expect(StraceAudit.breach(inLine: line) != nil, "\(line)") }
    }

    @Test("a program that writes a log file is caught", .enabled(if: StraceAudit.isAvailable))
    func catchesALogFile() throws {
        let path = "/tmp/amparo-audit-\(UUID().uuidString).log"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try StraceAudit.run(["sh", "-c", "echo 'answer: at home' >> \(path)"])
        #expect(result.breaches.contains { $0.line.contains(path) }, "\(result.log)")
        let touched = try StraceAudit.run(["touch", path])
        #expect(touched.breaches.contains { $0.line.contains(path) }, "\(touched.log)")
    }

    @Test("a program that logs to syslog is caught", .enabled(if: StraceAudit.isAvailable))
    func catchesSyslog() throws {
        let result = try StraceAudit.run(["logger", "amparo-audit-test"])
        #expect(result.breaches.contains { $0.call == "connect" || $0.call == "sendto" }, "\(result.log)")
    }

    @Test("a program that only reads passes", .enabled(if: StraceAudit.isAvailable))
    func readerPasses() throws {
        let result = try StraceAudit.run(["sh", "-c", "cat /etc/hostname > /dev/null"])
        #expect(result.log.contains("/etc/hostname"))
        #expect(result.breaches.isEmpty, "\(result.breaches)")
    }
}
