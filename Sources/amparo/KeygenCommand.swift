import AmparoCore
import AmparoSystem
import ArgumentParser

/// `amparo keygen SECRET_FILE`: makes an Ed25519 key pair for signing content.
struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make a key pair for signing content: the secret key to a new file, the public key printed.",
        discussion: """
        Writes the secret key to SECRET_FILE (a new file, mode 0600; an existing file is never \
        overwritten) and prints the public key in base64 on the last line, for the kiosk config's \
        content-public-key and for amparo verify --public-key. Keep the secret key off the kiosks \
        and out of git.
        """
    )

    @Argument(help: ArgumentHelp("Where to write the secret key (must not exist).", valueName: "secret-file"))
    var secretFile: String

    func run() throws {
        let key = ContentSigningKey.generate()
        do throws(SummaryFileWriter.Failure) {
            try SummaryFileWriter.save(ContentSigningKey.secretFileText(key), to: secretFile)
        } catch {
            switch error {
            case .exists: throw ValidationError("\(secretFile) already exists; a key is never overwritten")
            case .system(let reason): throw ValidationError("cannot write \(secretFile): \(reason)")
            }
        }
        Console.write("Secret key written to \(secretFile) (mode 0600). Public key:\n")
        Console.write(ContentSigningKey.publicText(key.publicKey) + "\n")
    }
}
