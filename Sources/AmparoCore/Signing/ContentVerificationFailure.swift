/// Why content does not verify against a public key (`amparo verify`, the kiosk's
/// `content-public-key`). Each case says so in a sentence that names files but never a key's
/// secret half.
public enum ContentVerificationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// There is no `amparo.sig` at the content root.
    case noSignature
    /// `amparo.sig` exists but cannot be read.
    case unreadableSignature
    /// `amparo.sig` is not in the documented format.
    case malformedSignature(String)
    /// The signature was made by another key than the one expected.
    case otherKey
    /// The signature does not hold for the manifest it carries (the file was edited).
    case badSignature
    /// The content's files are not the ones signed.
    case filesDiffer(added: [String], removed: [String], changed: [String])
    /// The content's manifest could not be made.
    case unreadableContent(ContentManifestError)

    public var description: String {
        switch self {
        case .noSignature:
            return "the content is not signed: there is no \(ContentSignature.fileName) at its root"
        case .unreadableSignature:
            return "\(ContentSignature.fileName) cannot be read"
        case .malformedSignature(let reason):
            return "\(ContentSignature.fileName) is not a content signature: \(reason)"
        case .otherKey:
            return "\(ContentSignature.fileName) was signed with another key than the expected public key"
        case .badSignature:
            return "the signature in \(ContentSignature.fileName) does not hold: the file was changed after signing"
        case .filesDiffer(let added, let removed, let changed):
            var parts: [String] = []
            if !changed.isEmpty { parts.append("changed since signing: " + changed.joined(separator: ", ")) }
            if !added.isEmpty { parts.append("added since signing: " + added.joined(separator: ", ")) }
            if !removed.isEmpty { parts.append("removed since signing: " + removed.joined(separator: ", ")) }
            return "the content is not what was signed; " + parts.joined(separator: "; ")
        case .unreadableContent(let error):
            return "the content cannot be checked: \(error)"
        }
    }
}
