import Crypto
import Foundation

extension ContentBundle {
    /// Why a content bundle is not used (the content is then read and checked in full).
    public enum Unused: Error, Equatable, Sendable, CustomStringConvertible {
        /// The verified content has none.
        case absent
        /// Its bytes are not those the signature covers, or cannot be read.
        case changed
        /// It is not a whole, well-formed bundle of this format.
        case malformed
        /// It was made by another program version or other checks, from other files, or on a
        /// later day than today.
        case stale(ContentBundleStamp)

        public var description: String {
            switch self {
            case .absent: "the signed content has no compiled bundle (\(ContentBundle.path))"
            case .changed: "the compiled bundle is not the one that was signed"
            case .malformed: "the compiled bundle cannot be read"
            case .stale(let stamp):
                "the compiled bundle was made by amparo \(stamp.programVersion) on \(stamp.validatedOn), "
                    + "with other checks or from other files"
            }
        }
    }

    /// The bundle of the content at `root`, whose files `manifest` lists as verified against
    /// their signature: used only if its bytes are those the manifest lists and its stamp holds
    /// for this program, these files and today. `bytes` are the bundle's bytes as the
    /// verification read and hashed them; without them the file is read and hashed again here.
    public static func verified(root: String, manifest: ContentManifest, bytes: [UInt8]? = nil,
                                today: LocalDate = .today()) -> Result<ContentBundle, Unused> {
        guard let entry = manifest.entries.first(where: { $0.path == path }) else { return .failure(.absent) }
        // Bytes the verification read were hashed by it; any others are hashed here.
        guard let bytes = bytes ?? FileBytes.matching(ContentDirectory.path(path, under: root), size: entry.size, sha256: entry.sha256)
        else { return .failure(.changed) }
        guard let bundle = ContentBundle(bytes: bytes, root: root) else { return .failure(.malformed) }
        guard bundle.stamp.holds(for: manifest, today: today) else { return .failure(.stale(bundle.stamp)) }
        return .success(bundle)
    }
}
