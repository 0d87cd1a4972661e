import Crypto
import Foundation

/// What a compiled content bundle says of the content it was made from: which program's checks
/// it passed, on which day, and the digest of the content files it was made from.
public struct ContentBundleStamp: Hashable, Sendable {
    /// `Amparo.version` of the program that checked the content.
    public var programVersion: String
    /// ``ContentBundleStamp/checksFingerprint`` of that program.
    public var checks: String
    /// The day the content passed every check.
    public var validatedOn: LocalDate
    /// ``ContentManifest/digest`` of the content files, the bundle left out.
    public var sourceDigest: String

    /// A stamp.
    public init(programVersion: String, checks: String, validatedOn: LocalDate, sourceDigest: String) {
        self.programVersion = programVersion
        self.checks = checks
        self.validatedOn = validatedOn
        self.sourceDigest = sourceDigest
    }

    /// The SHA-256, in hex, of this program's table of checks (every diagnostic code, its severity
    /// and meaning) and of the bundle's format: a program whose checks differ has another one, and
    /// does not take a bundle as proof that the content passes its own checks.
    public static let checksFingerprint: String = {
        var text = "amparo-bundle \(ContentBundle.formatVersion)\n"
        for code in DiagnosticCode.allCases { text += code.rawValue + " " + code.severity.rawValue + " " + code.summary + "\n" }
        return ContentManifest.hex(SHA256.hash(data: Data(text.utf8)))
    }()

    /// Whether this program may take the stamp as its own checks' verdict on `manifest` today:
    /// the same version and checks, the same content files, and not a day before it was made (a
    /// clock set back could hide a date check).
    public func holds(for manifest: ContentManifest, today: LocalDate) -> Bool {
        programVersion == Amparo.version && checks == Self.checksFingerprint && validatedOn <= today
            && sourceDigest == manifest.withoutCompiled.digest
    }
}
