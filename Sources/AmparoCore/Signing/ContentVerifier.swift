import Foundation

/// Checks a content directory against its `amparo.sig` and a public key: the signature must be
/// the key's, must hold for the manifest it carries, and that manifest must list exactly the
/// files there are now, each with the same size and SHA-256.
public enum ContentVerifier {
    /// The signature's path under `root`.
    public static func signaturePath(root: String) -> String {
        ContentDirectory.path(ContentSignature.fileName, under: root)
    }

    /// The verified manifest, or why the content does not verify.
    public static func verify(root: String, publicKey: String) -> Result<ContentManifest, ContentVerificationFailure> {
        switch signedManifest(root: root, publicKey: publicKey) {
        case .failure(let failure): return .failure(failure)
        case .success(let signature):
            return verifyFiles(root: root, signed: signature.manifest).map { .failure($0) } ?? .success(signature.manifest)
        }
    }

    /// The first half of ``verify(root:publicKey:)``: `amparo.sig` under `root` is read, and its
    /// signature must be `publicKey`'s and hold for the manifest it carries. The files are not
    /// looked at: until ``verifyFiles(root:signed:known:serially:)`` passes, the manifest only says what
    /// the files should be.
    public static func signedManifest(root: String, publicKey: String) -> Result<ContentSignature, ContentVerificationFailure> {
        guard let key = ContentSigningKey.publicKey(base64: publicKey) else {
            return .failure(.malformedSignature("the expected public key is not a base64 Ed25519 key"))
        }
        let path = signaturePath(root: root)
        guard let kind = FileKind.of(path) else { return .failure(.noSignature) }
        guard kind == .typeRegular else {
            return .failure(.malformedSignature("it is not a regular file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadableSignature) }
        guard data.count <= InputLimits().maximumFileSize else { return .failure(.malformedSignature("it is too large")) }
        guard let text = String(data: data, encoding: .utf8) else { return .failure(.malformedSignature("it is not UTF-8 text")) }
        let signature: ContentSignature
        do { signature = try ContentSignature(text: text) } catch { return .failure(error) }
        guard signature.publicKey == ContentSigningKey.publicText(key) else { return .failure(.otherKey) }
        guard signature.isValid(for: key) else { return .failure(.badSignature) }
        return .success(signature)
    }

    /// One file of the content, read and checked against the `signed` manifest before the rest:
    /// its bytes when it is a regular file with the listed size and SHA-256, `nil` when the
    /// manifest does not list it and there is no such file, and a failure naming it otherwise
    /// (changed, added since signing, removed, or not a regular file).
    public static func verifiedFile(_ relative: String, root: String, signed: ContentManifest)
        -> Result<[UInt8]?, ContentVerificationFailure> {
        let full = ContentDirectory.path(relative, under: root)
        let kind = FileKind.of(full)
        guard let entry = signed.entries.first(where: { $0.path == relative }) else {
            return kind == nil ? .success(nil) : .failure(.filesDiffer(added: [relative], removed: [], changed: []))
        }
        guard let kind else { return .failure(.filesDiffer(added: [], removed: [relative], changed: [])) }
        guard kind == .typeRegular else { return .failure(.unreadableContent(.notRegular(relative))) }
        // Read once into memory: what is hashed is what is used.
        if let bytes = FileBytes.matching(full, size: entry.size, sha256: entry.sha256) { return .success(bytes) }
        // Another size, or the listed size and other bytes, is a change; otherwise it cannot be read.
        let changed = FileBytes.size(of: full) != entry.size || FileBytes.read(full, limit: entry.size) != nil
        return .failure(changed ? .filesDiffer(added: [], removed: [], changed: [relative]) : .unreadableContent(.unreadable(relative)))
    }

    /// The second half of ``verify(root:publicKey:)``: the files under `root` must be exactly
    /// those the `signed` manifest lists. The entries in `known` (files already checked with
    /// ``verifiedFile(_:root:signed:)``, whose checked bytes are the ones used) are taken as
    /// they are rather than read again. Nil when the files are the signed ones. The files are
    /// hashed on one thread with `serially` (so a check running beside the first screen leaves
    /// the other core to it), otherwise on every core.
    public static func verifyFiles(root: String, signed: ContentManifest, known: [ContentManifest.Entry] = [],
                                   serially: Bool = false) -> ContentVerificationFailure? {
        let current: ContentManifest
        do {
            current = try ContentManifest.build(root: root, known: known, serially: serially)
        } catch { return .unreadableContent(error) }
        return compare(signed: signed, current: current)
    }

    /// How `current` differs from `signed`, or nil when they are the same.
    static func compare(signed: ContentManifest, current: ContentManifest) -> ContentVerificationFailure? {
        guard signed != current else { return nil }
        let before = Dictionary(signed.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let now = Dictionary(current.entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let added = current.entries.map(\.path).filter { before[$0] == nil }
        let removed = signed.entries.map(\.path).filter { now[$0] == nil }
        let changed = current.entries.filter { entry in before[entry.path].map { $0 != entry } ?? false }.map(\.path)
        return .filesDiffer(added: added, removed: removed, changed: changed)
    }
}
