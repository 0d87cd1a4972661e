import AmparoTestSupport
import Foundation
import Testing

/// The kiosk with `content-public-key` in a real terminal: it starts on signed content and
/// refuses, saying why and exiting non-zero, once a file has changed.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct SignedContentEndToEndTests {
    @Test("the kiosk starts on signed content and refuses tampered content, naming the file")
    func kioskChecksTheSignature() throws {
        let binary = try #require(Paths.binary, "build the binary first: swift build")
        let base = NSTemporaryDirectory() + "amparo-signed-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let content = base + "/content"
        try FileManager.default.copyItem(atPath: Paths.content, toPath: content)
        let keygen = try Subprocess.run(binary, ["keygen", base + "/secret.key"])
        let publicKey = try #require(keygen.output.split(separator: "\n").last.map(String.init))
        let sign = try Subprocess.run(binary, ["sign", "--key", base + "/secret.key", "--content", content])
        #expect(sign.status == 0, "\(sign.output)")
        let keyLine = "content-public-key = \(publicKey)\n"

        let signed = try KioskInTmux(content: content, config: keyLine)
        try signed.tmux.waitFor("Choose your language")
        #expect(try !signed.tmux.history().contains { $0.contains("not checked") })
        #expect(try !signed.hasEnded())

        // One word of the Spanish catalog changed, as an attacker with write access would.
        let catalog = content + "/Localization/es.po"
        let text = try String(contentsOfFile: catalog, encoding: .utf8)
        try (text + "\n#  \n").write(toFile: catalog, atomically: true, encoding: .utf8)
        let tampered = try KioskInTmux(content: content, config: keyLine)
        let screen = try tampered.tmux.waitFor("EXIT:")
        let said = try tampered.tmux.joinedScreen().joined(separator: "\n")
        #expect(said.contains("refusing to start"), "\(said)")
        #expect(said.contains("changed since signing: Localization/es.po"), "\(said)")
        #expect(!screen.contains { $0.contains("Choose your language") })
        #expect(screen.contains { $0.hasPrefix("EXIT:") && $0 != "EXIT:0" })
    }

    @Test("a kiosk without content-public-key says the content is not checked before it starts")
    func unsignedKioskSaysSo() throws {
        let errors = NSTemporaryDirectory() + "amparo-unsigned-\(UUID().uuidString).err"
        defer { unlink(errors) }
        let kiosk = try KioskInTmux(arguments: "--kiosk 2>\(errors)")
        try kiosk.tmux.waitFor("Choose your language")
        let stderr = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(stderr.contains("the content is not checked"), "\(stderr)")
    }
}
