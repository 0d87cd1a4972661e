import Crypto
import Foundation

/// The Ed25519 keys that sign content (`amparo keygen`, `amparo sign`, `amparo verify`).
///
/// A secret key file is two lines: `amparo-ed25519-secret 1`, then the 32-byte private key in
/// base64. A public key is the 32-byte raw Ed25519 public key in base64 (44 characters), as the
/// kiosk config's `content-public-key` and `amparo verify --public-key` take it.
public enum ContentSigningKey {
    /// The first line of a secret key file.
    public static let secretHeader = "amparo-ed25519-secret 1"

    /// A fresh secret key.
    public static func generate() -> Curve25519.Signing.PrivateKey { Curve25519.Signing.PrivateKey() }

    /// The secret key file's text (ends with a newline).
    public static func secretFileText(_ key: Curve25519.Signing.PrivateKey) -> String {
        secretHeader + "\n" + key.rawRepresentation.base64EncodedString() + "\n"
    }

    /// Reads a secret key file's text back; nil when it is not one. The reason never quotes the
    /// file, which is a secret.
    public static func secretKey(fromFileText text: String) -> Curve25519.Signing.PrivateKey? {
        let lines = text.split(whereSeparator: \.isNewline).map(\.trimmedOfWhitespace)
        guard lines.count == 2, lines[0] == secretHeader, let raw = Data(base64Encoded: lines[1]), raw.count == 32
        else { return nil }
        return try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    }

    /// The public key's base64 text.
    public static func publicText(_ key: Curve25519.Signing.PublicKey) -> String {
        key.rawRepresentation.base64EncodedString()
    }

    /// A public key from its base64 text (surrounding spaces ignored); nil when it is not one.
    public static func publicKey(base64 text: String) -> Curve25519.Signing.PublicKey? {
        let trimmed = text.trimmedOfWhitespace
        guard trimmed.count == 44, let raw = Data(base64Encoded: trimmed), raw.count == 32 else { return nil }
        return try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    }
}
