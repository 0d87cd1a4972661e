import Foundation

/// Checks a content directory against its `amparo.sig` and a public key: the signature must be
/// the key's, must hold for the manifest it carries, and that manifest must list exactly the
/// files there are now, each with the same size and SHA-256.
public enum ContentVerifier {
    /// The signature's path under `root`.
    public static func signaturePath(root: String) -> String {
        root == "/" ? "/" + ContentSignature.fileName : root + "/" + ContentSignature.fileName
    }

    /// The verified manifest, or why the content does not verify.
    public static func verify(root: String, publicKey: String) -> Result<ContentManifest, ContentVerificationFailure> {
        verify(root: root, publicKey: publicKey, keeping: []).map(\.manifest)
    }

    /// ``verify(root:publicKey:)``, also giving the verified bytes of the files in `keeping`.
    public static func verify(root: String, publicKey: String, keeping: Set<String>)
        -> Result<(manifest: ContentManifest, kept: [String: Data]), ContentVerificationFailure> {
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
        let current: (manifest: ContentManifest, kept: [String: Data])
        do { current = try ContentManifest.build(root: root, keeping: keeping) } catch { return .failure(.unreadableContent(error)) }
        return compare(signed: signature.manifest, current: current.manifest).map { .failure($0) } ?? .success(current)
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
