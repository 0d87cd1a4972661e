import AmparoCore
import AmparoSystem
import ArgumentParser
import Foundation

/// `amparo sign --key SECRET_FILE`: writes `amparo.sig` at the content root.
struct SignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sign",
        abstract: "Sign the content: write amparo.sig (the manifest of every content file and its signature).",
        discussion: """
        The manifest lists every file under Flows/, Facts/, Localization/ and Sites/ with its size \
        and SHA-256; amparo.sig holds it and an Ed25519 signature of it. The format is in README.md \
        ("Signed content"). Run amparo validate first: a signature says who vouches for the bytes, \
        not that they are right.
        """
    )

    @ArgumentParser.Option(help: ArgumentHelp("The secret key file made by amparo keygen.", valueName: "secret-file"))
    var key: String

    @ArgumentParser.Option(help: ArgumentHelp("The content directory (default: the located content).", valueName: "dir"))
    var content: String?

    func run() throws {
        guard let directory = ContentLocator.locate(override: content) else {
            throw ValidationError("no content found: pass --content DIR or set AMPARO_CONTENT")
        }
        guard let data = FileManager.default.contents(atPath: key) else { throw ValidationError("cannot read \(key)") }
        guard let secret = String(data: data, encoding: .utf8).flatMap(ContentSigningKey.secretKey(fromFileText:)) else {
            throw ValidationError("\(key) is not a secret key made by amparo keygen")
        }
        let manifest: ContentManifest
        do { manifest = try ContentManifest.build(root: directory.root) } catch {
            throw ValidationError("cannot sign \(directory.root): \(error)")
        }
        guard !manifest.entries.isEmpty else { throw ValidationError("\(directory.root) holds no content files") }
        let signature = try ContentSignature(signing: manifest, with: secret)
        let path = ContentVerifier.signaturePath(root: directory.root)
        try write(signature.text, to: path)
        Console.write("Signed \(manifest.entries.count) files; manifest digest \(manifest.digest)\n")
        Console.write("Wrote \(path)\n")
    }

    /// Writes a new file beside `path` and renames it over `path`, so a reader never sees half
    /// a signature.
    private func write(_ text: String, to path: String) throws {
        let temporary = path + ".new-\(getpid())"
        do throws(SummaryFileWriter.Failure) {
            try SummaryFileWriter.save(text, to: temporary)
        } catch {
            unlink(temporary)
            throw ValidationError("cannot write \(path): \(error)")
        }
        guard chmod(temporary, 0o644) == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ValidationError("cannot write \(path): \(reason)")
        }
    }
}
