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
        First the content is checked as the wizard checks it (as amparo validate does): content \
        with an error is not signed. Then Compiled/ is written (and anything else in it removed): \
        amparo.bundle, with the flow picker's entries and a stamp saying this program's checks \
        passed, and one <tag>.catalog per language, the catalog already read. The \
        manifest lists every file under Flows/, Facts/, Localization/, Sites/ and Compiled/ with \
        its size and SHA-256; amparo.sig holds it and an Ed25519 signature of it. A kiosk that \
        verifies the signature then starts from the bundle without checking everything again. \
        The format is in README.md ("Signed content"). A signature says who vouches for the \
        bytes, not that a lawyer has checked them.
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
        switch ContentBundle.compile(directory) {
        case .failure(let failure):
            let errors = failure.diagnostics.filter { $0.severity == .error }
            throw ValidationError((errors.map(\.headline) + ["the content has errors, so it was not signed; run `amparo validate`"])
                .joined(separator: "\n"))
        case .success(let files):
            try writeBundle(files, root: directory.root)
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

    /// Writes the bundle's files into `Compiled/` (each a new file renamed over the old one), and
    /// removes any other file there (a catalog of a language no longer compiled), so what is
    /// signed is exactly this bundle.
    private func writeBundle(_ files: [String: [UInt8]], root: String) throws {
        let folder = (root as NSString).appendingPathComponent(ContentBundle.folder)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder)
            where files[ContentBundle.folder + "/" + name] == nil {
                try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
            }
        } catch {
            throw ValidationError("cannot write \(folder): \(error.localizedDescription)")
        }
        for (relative, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let path = (root as NSString).appendingPathComponent(relative)
            do {
                try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
                guard chmod(path, 0o644) == 0 else { throw CocoaError(.fileWriteNoPermission) }
            } catch {
                throw ValidationError("cannot write \(path): \(error.localizedDescription)")
            }
        }
        let size = files.values.reduce(0) { $0 + $1.count }
        Console.write("Compiled the checked content into \(folder) (\(files.count) files, \(size) bytes)\n")
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
