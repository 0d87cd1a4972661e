import AmparoCore
import ArgumentParser
import Foundation

/// `amparo verify --public-key KEY`: checks the content against its `amparo.sig`.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the content is exactly what the key signed.",
        discussion: """
        Exits 0 when amparo.sig was made with KEY, its signature holds and every content file is \
        the one signed; otherwise exits 1 and says why (no signature, another key, a bad signature, \
        a file added, removed or changed).
        """
    )

    @ArgumentParser.Option(name: .customLong("public-key"),
                           help: ArgumentHelp("The public key in base64, or a file holding it.", valueName: "key"))
    var publicKey: String

    @ArgumentParser.Option(help: ArgumentHelp("The content directory (default: the located content).", valueName: "dir"))
    var content: String?

    func run() throws {
        guard let directory = ContentLocator.locate(override: content) else {
            throw ValidationError("no content found: pass --content DIR or set AMPARO_CONTENT")
        }
        var key = publicKey
        if ContentSigningKey.publicKey(base64: key) == nil, let data = FileManager.default.contents(atPath: publicKey),
           let text = String(data: data, encoding: .utf8),
           let last = text.split(whereSeparator: \.isNewline).last(where: { !$0.allSatisfy(\.isWhitespace) }) {
            key = String(last)
        }
        guard ContentSigningKey.publicKey(base64: key) != nil else {
            throw ValidationError("--public-key is neither a base64 Ed25519 public key nor a file whose last line is one")
        }
        switch ContentVerifier.verify(root: directory.root, publicKey: key) {
        case .success(let manifest):
            Console.write("verified: \(manifest.entries.count) files, manifest digest \(manifest.digest)\n")
        case .failure(let failure):
            Console.writeError("amparo: \(directory.root): \(failure)\n")
            throw ExitCode(1)
        }
    }
}
