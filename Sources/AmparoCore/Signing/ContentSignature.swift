import Crypto
import Foundation

/// `amparo.sig`, the signature at a content root: the manifest of every content file
/// (``ContentManifest``) and an Ed25519 signature over the manifest's text.
///
/// The file is plain text, so a reviewer can read what was signed:
///
/// ```
/// amparo-signature 1
/// algorithm ed25519
/// public-key <base64 of the 32-byte public key that signed>
/// manifest-digest <lower-case hex SHA-256 of the manifest text>
/// signature <base64 of the 64-byte Ed25519 signature of the manifest text>
///
/// amparo-manifest 1
/// <sha256 hex>  <size>  <path>
/// …
/// ```
///
/// Everything after the empty line is the manifest text, byte for byte. The signature covers
/// that text, and through each file's SHA-256 the files themselves; `amparo.sig` is not in the
/// manifest (it lies outside the covered folders).
public struct ContentSignature: Equatable, Sendable {
    /// The file's name at the content root.
    public static let fileName = "amparo.sig"
    /// The first line.
    public static let header = "amparo-signature 1"

    /// What was signed.
    public var manifest: ContentManifest
    /// The public key that made the signature (base64).
    public var publicKey: String
    /// The signature of `manifest.text` (64 bytes).
    public var signature: Data

    /// Signs `manifest` with `key`.
    public init(signing manifest: ContentManifest, with key: Curve25519.Signing.PrivateKey) throws {
        self.manifest = manifest
        publicKey = ContentSigningKey.publicText(key.publicKey)
        signature = try key.signature(for: Data(manifest.text.utf8))
    }

    /// The file's text.
    public var text: String {
        [Self.header, "algorithm ed25519", "public-key " + publicKey, "manifest-digest " + manifest.digest,
         "signature " + signature.base64EncodedString(), ""].joined(separator: "\n") + "\n" + manifest.text
    }

    /// Reads the file's text; throws ``ContentVerificationFailure/malformedSignature(_:)`` saying
    /// what is wrong with it.
    public init(text: String) throws(ContentVerificationFailure) {
        let bytes = Array(text.utf8)
        guard let blank = bytes.indices.dropLast().first(where: { bytes[$0] == 0x0A && bytes[$0 + 1] == 0x0A }) else {
            throw .malformedSignature("no empty line before the manifest")
        }
        let head = String(decoding: bytes[..<blank], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let body = String(decoding: bytes[(blank + 2)...], as: UTF8.self)
        guard head.count == 5, head[0] == Substring(Self.header) else {
            throw .malformedSignature("the header is not `\(Self.header)` and its four lines")
        }
        func field(_ index: Int, _ name: String) throws(ContentVerificationFailure) -> String {
            let prefix = name + " "
            guard head[index].hasPrefix(prefix) else { throw .malformedSignature("line \(index + 1) is not `\(name) …`") }
            return String(head[index].dropFirst(prefix.count))
        }
        guard try field(1, "algorithm") == "ed25519" else { throw .malformedSignature("the algorithm is not ed25519") }
        let key = try field(2, "public-key")
        guard ContentSigningKey.publicKey(base64: key) != nil else { throw .malformedSignature("the public key is not one") }
        let digest = try field(3, "manifest-digest")
        guard let signature = Data(base64Encoded: try field(4, "signature")), signature.count == 64 else {
            throw .malformedSignature("the signature is not 64 bytes of base64")
        }
        guard let manifest = ContentManifest(text: body) else {
            throw .malformedSignature("the manifest after the empty line is not one")
        }
        guard manifest.digest == digest else {
            throw .malformedSignature("manifest-digest is not the SHA-256 of the manifest text")
        }
        self.manifest = manifest
        publicKey = key
        self.signature = signature
    }

    /// Whether `key` made this signature of the manifest.
    public func isValid(for key: Curve25519.Signing.PublicKey) -> Bool {
        key.isValidSignature(signature, for: Array(manifest.text.utf8))
    }
}
