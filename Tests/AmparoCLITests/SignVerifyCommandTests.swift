import AmparoTestSupport
import Foundation
import Testing

/// `amparo keygen`, `sign` and `verify`, and the kiosk config's `content-public-key`.
@Suite("Signed content")
struct SignVerifyCommandTests {
    /// A copy of the shared test content, a fresh key pair and the public key; removed by `clean`.
    struct Signed {
        var root: String
        var secretFile: String
        var publicKey: String
        var secretText: String

        func clean() { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
    }

    func makeSigned(sign: Bool = true) throws -> Signed {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-sign-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let root = base + "/content"
        try FileManager.default.copyItem(atPath: TestContentFiles.directory, toPath: root)
        let secretFile = base + "/secret.key"
        let keygen = try Amparo.run(["keygen", secretFile])
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let publicKey = try #require(keygen.stdout.split(separator: "\n").last.map(String.init))
        if sign {
            let signed = try Amparo.run(["sign", "--key", secretFile, "--content", root])
            #expect(signed.status == 0, "\(signed.stderr)")
        }
        return Signed(root: root, secretFile: secretFile, publicKey: publicKey,
                      secretText: try String(contentsOfFile: secretFile, encoding: .utf8))
    }

    func verify(_ signed: Signed, key: String? = nil) throws -> Amparo.Run {
        try Amparo.run(["verify", "--public-key", key ?? signed.publicKey, "--content", signed.root])
    }

    @Test("keygen writes a 0600 secret key, refuses to overwrite it, and prints the public key last")
    func keygen() throws {
        let signed = try makeSigned(sign: false)
        defer { signed.clean() }
        let mode = try FileManager.default.attributesOfItem(atPath: signed.secretFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(signed.publicKey.count == 44 && Data(base64Encoded: signed.publicKey)?.count == 32)
        let again = try Amparo.run(["keygen", signed.secretFile])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: signed.secretFile, encoding: .utf8) == signed.secretText)
        let secret = try #require(signed.secretText.split(separator: "\n").last.map(String.init))
        #expect(!again.stdout.contains(secret) && !again.stderr.contains(secret))
    }

    @Test("signed content verifies; the signature file names the manifest digest")
    func verifies() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        let run = try verify(signed)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("verified: "))
        let sig = try String(contentsOfFile: signed.root + "/amparo.sig", encoding: .utf8)
        #expect(sig.hasPrefix("amparo-signature 1\nalgorithm ed25519\npublic-key \(signed.publicKey)\nmanifest-digest "))
        #expect(sig.contains("\n\namparo-manifest 1\n"))
        #expect(sig.contains("  Flows/door.yaml\n"))
        // The public key may also come from a file whose last line holds it (keygen's output).
        let keyFile = (signed.root as NSString).deletingLastPathComponent + "/public.txt"
        try "Public key:\n\(signed.publicKey)\n".write(toFile: keyFile, atomically: true, encoding: .utf8)
        #expect(try verify(signed, key: keyFile).status == 0)
    }

    @Test("sign checks the content first: content with an error is not signed; good content gets its compiled bundle")
    func signChecksFirst() throws {
        let signed = try makeSigned(sign: false)
        defer { signed.clean() }
        let door = signed.root + "/Flows/door.yaml"
        let good = try String(contentsOfFile: door, encoding: .utf8)
        try good.replacingOccurrences(of: "next: ", with: "next: nowhere-").write(toFile: door, atomically: true, encoding: .utf8)
        let refused = try Amparo.run(["sign", "--key", signed.secretFile, "--content", signed.root])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("[AMP030]") && refused.stderr.contains("not signed"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: signed.root + "/amparo.sig"))
        #expect(!FileManager.default.fileExists(atPath: signed.root + "/Compiled/amparo.bundle"))
        try good.write(toFile: door, atomically: true, encoding: .utf8)
        // A file left in Compiled/ (a language no longer compiled) is removed, not signed.
        try FileManager.default.createDirectory(atPath: signed.root + "/Compiled", withIntermediateDirectories: true)
        try "old".write(toFile: signed.root + "/Compiled/xx.catalog", atomically: true, encoding: .utf8)
        let run = try Amparo.run(["sign", "--key", signed.secretFile, "--content", signed.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Compiled the checked content into "))
        let sig = try String(contentsOfFile: signed.root + "/amparo.sig", encoding: .utf8)
        #expect(sig.contains("  Compiled/amparo.bundle\n"))
        #expect(sig.contains("  Compiled/es.catalog\n"))
        #expect(!sig.contains("xx.catalog"))
        #expect(!FileManager.default.fileExists(atPath: signed.root + "/Compiled/xx.catalog"))
        #expect(try verify(signed).status == 0)
    }

    @Test("a changed file fails verification, naming the file")
    func changedFile() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        let handle = try #require(FileHandle(forWritingAtPath: signed.root + "/Localization/es.po"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n# changed\n".utf8))
        try handle.close()
        let run = try verify(signed)
        #expect(run.status == 1)
        #expect(run.stderr.contains("changed since signing: Localization/es.po"), "\(run.stderr)")
    }

    @Test("an added file fails verification, naming the file")
    func addedFile() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        try "id: extra\n".write(toFile: signed.root + "/Flows/extra.yaml", atomically: true, encoding: .utf8)
        let run = try verify(signed)
        #expect(run.status == 1)
        #expect(run.stderr.contains("added since signing: Flows/extra.yaml"), "\(run.stderr)")
    }

    @Test("a removed file fails verification, naming the file")
    func removedFile() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        try FileManager.default.removeItem(atPath: signed.root + "/Flows/door.yaml")
        let run = try verify(signed)
        #expect(run.status == 1)
        #expect(run.stderr.contains("removed since signing: Flows/door.yaml"), "\(run.stderr)")
    }

    @Test("no signature, another key, and an edited signature file each fail, saying so")
    func badSignatures() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        let other = try makeSigned(sign: false)
        defer { other.clean() }
        let otherKey = try verify(signed, key: other.publicKey)
        #expect(otherKey.status == 1)
        #expect(otherKey.stderr.contains("signed with another key"), "\(otherKey.stderr)")

        // The manifest inside amparo.sig edited (and its digest line with it) to match a changed file.
        let sigPath = signed.root + "/amparo.sig"
        let sig = try String(contentsOfFile: sigPath, encoding: .utf8)
        let lines = sig.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let forged = lines.enumerated().map { index, line in
            index == 4 ? "signature " + Data(repeating: 7, count: 64).base64EncodedString() : line
        }.joined(separator: "\n")
        try forged.write(toFile: sigPath, atomically: true, encoding: .utf8)
        let bad = try verify(signed)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("does not hold"), "\(bad.stderr)")

        try FileManager.default.removeItem(atPath: sigPath)
        let none = try verify(signed)
        #expect(none.status == 1)
        #expect(none.stderr.contains("not signed: there is no amparo.sig"), "\(none.stderr)")
    }

    @Test("sign refuses a file that is not a secret key, and never prints the secret")
    func signRefusesBadKey() throws {
        let signed = try makeSigned(sign: false)
        defer { signed.clean() }
        let notAKey = (signed.root as NSString).deletingLastPathComponent + "/not-a-key"
        try "hello\n".write(toFile: notAKey, atomically: true, encoding: .utf8)
        let run = try Amparo.run(["sign", "--key", notAKey, "--content", signed.root])
        #expect(run.status != 0)
        #expect(run.stderr.contains("not a secret key"))
        #expect(!FileManager.default.fileExists(atPath: signed.root + "/amparo.sig"))
        let good = try Amparo.run(["sign", "--key", signed.secretFile, "--content", signed.root])
        let secret = try #require(signed.secretText.split(separator: "\n").last.map(String.init))
        #expect(good.status == 0 && !good.stdout.contains(secret) && !good.stderr.contains(secret))
    }

    func kioskConfig(_ signed: Signed, key: String?) throws -> String {
        let pin = try Amparo.run(["kiosk-pin"], input: "482193\n")
        #expect(pin.status == 0, "\(pin.stderr)")
        let path = (signed.root as NSString).deletingLastPathComponent + "/kiosk.conf"
        let keyLine = key.map { "content-public-key = \($0)\n" } ?? ""
        try ("kiosk = true\n" + pin.stdout + keyLine).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("with content-public-key the wizard refuses tampered content, naming the file, and accepts signed content")
    func kioskChecksTheSignature() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        let config = try kioskConfig(signed, key: signed.publicKey)
        let environment = ["AMPARO_CONFIG": config, "AMPARO_CONTENT": signed.root]
        // Signed: the launch gets past the check (and stops only because --plain cannot be a kiosk).
        let good = try Amparo.run(["--plain"], environment: environment)
        #expect(good.stderr.contains("kiosk mode needs a full-screen terminal"), "\(good.stderr)")
        #expect(!good.stderr.contains("not checked"))
        try "id: extra\n".write(toFile: signed.root + "/Flows/extra.yaml", atomically: true, encoding: .utf8)
        let tampered = try Amparo.run(["--plain"], environment: environment)
        #expect(tampered.status != 0)
        #expect(tampered.stderr.contains("refusing to start"), "\(tampered.stderr)")
        #expect(tampered.stderr.contains("added since signing: Flows/extra.yaml"), "\(tampered.stderr)")
        #expect(tampered.stdout.isEmpty)
    }

    @Test("a kiosk without content-public-key tells staff the content is not checked")
    func unsignedNotice() throws {
        let signed = try makeSigned(sign: false)
        defer { signed.clean() }
        let config = try kioskConfig(signed, key: nil)
        let run = try Amparo.run(["--plain"], environment: ["AMPARO_CONFIG": config, "AMPARO_CONTENT": signed.root])
        #expect(run.stderr.contains("the content is not checked"), "\(run.stderr)")
    }

    @Test("a content-public-key that is not a key is a located config error that does not echo it")
    func badKeyInConfig() throws {
        let signed = try makeSigned(sign: false)
        defer { signed.clean() }
        let config = try kioskConfig(signed, key: "c2VjcmV0")
        let run = try Amparo.run(["--plain"], environment: ["AMPARO_CONFIG": config, "AMPARO_CONTENT": signed.root])
        #expect(run.status != 0)
        #expect(run.stderr.contains("error: `content-public-key` must be a base64 Ed25519 public key"), "\(run.stderr)")
        #expect(run.stderr.contains("[AMP604]"))
    }

    @Test("the review sheet names the manifest digest that sign and verify use")
    func reviewNamesTheDigest() throws {
        let signed = try makeSigned()
        defer { signed.clean() }
        let digest = try #require(try String(contentsOfFile: signed.root + "/amparo.sig", encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("manifest-digest ") }?.dropFirst(16))
        let review = try Amparo.run(["review", "door", "--content", signed.root])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("Manifest digest (amparo sign, amparo verify): \(digest)"))
    }
}
