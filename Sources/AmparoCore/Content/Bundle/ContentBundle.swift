import Crypto
import Foundation

/// The compiled form of checked content, as gettext compiles `.po` to `.mo`: written by
/// `amparo sign` into `Compiled/` once the content passes every check, covered by the signature
/// like every other content file, and read at start instead of the checks and the catalogs'
/// text. Two kinds of file:
///
/// - `Compiled/amparo.bundle`, the head: the ``ContentBundleStamp`` (which program's checks the
///   content passed, when, and the digest of the files it was made from); whether a recorded
///   attorney review covers every flow as it is; the flow picker's entries (id, title, summary),
///   so the picker is drawn before the flows are loaded; and, for each language with a compiled
///   catalog, its file's size and SHA-256;
/// - `Compiled/<tag>.catalog`, one per language: the catalog already read (keys, English,
///   translations, fuzzy marks and header). It is read, checked against the head's size and
///   SHA-256, and decoded only when its language is chosen, so a start checks and reads the small
///   head and, at most, the one catalog it shows.
///
/// The bytes: a first line (`amparo-bundle 2`, `amparo-catalog 2`), then counts and lengths as
/// 32-bit little-endian numbers and strings as their UTF-8 length and bytes (``BundleWriter``).
/// A bundle is used only when the content's signature verifies and its stamp holds
/// (``ContentBundleStamp/holds``); anything else means the content is read and checked in full,
/// as without one.
public struct ContentBundle: Sendable {
    /// The format's version, in the first line of each file.
    public static let formatVersion = 2
    /// The folder the bundle is written in, under the content root.
    public static let folder = "Compiled"
    /// The head's path under the content root.
    public static let path = folder + "/amparo.bundle"
    static let magic = Array("amparo-bundle \(formatVersion)\n".utf8)
    static let catalogMagic = Array("amparo-catalog \(formatVersion)\n".utf8)

    /// The path under the content root of the compiled catalog for `tag`.
    public static func catalogPath(for tag: String) -> String { folder + "/" + tag + ".catalog" }

    /// What the content passed, when, and what it was made from.
    public let stamp: ContentBundleStamp
    /// Whether a recorded attorney review covers every flow of the content as it is.
    public let reviewCoversEverything: Bool
    /// The flows, in picker order, as the picker shows them.
    public let menu: [FlowMenuEntry]
    /// The languages with a compiled catalog.
    public var catalogTags: [String] { catalogFiles.keys.sorted() }
    /// The content root the catalogs are read from (nil: none is read).
    public var root: String?

    /// Each compiled catalog's file: its size and lower-case hex SHA-256.
    private let catalogFiles: [String: (size: Int, sha256: String)]

    /// Whether the head lists a compiled catalog for `tag`.
    public func hasCatalog(for tag: String) -> Bool { catalogFiles[tag] != nil }

    /// The catalog for `tag`, read now from its file under ``root`` and decoded, if its bytes
    /// are those the head lists; `nil` when the bundle has none for it or they are not.
    public func catalog(for tag: String) -> Catalog? {
        guard let file = catalogFiles[tag], let root,
              let bytes = FileBytes.matching(ContentDirectory.path(Self.catalogPath(for: tag), under: root),
                                             size: file.size, sha256: file.sha256) else { return nil }
        return Self.catalog(tag: tag, fromFile: bytes)
    }

    /// A compiled catalog file's catalog, if the bytes are one for `tag`.
    static func catalog(tag: String, fromFile bytes: [UInt8]) -> Catalog? {
        var reader = BundleReader(bytes)
        guard (try? reader.expect(catalogMagic)) != nil, (try? reader.string()) == tag,
              let catalog = try? readCatalog(tag: tag, &reader), reader.isAtEnd else { return nil }
        return catalog
    }

    /// Reads a head's bytes; `nil` when they are not a whole, well-formed head. `root` is where
    /// its catalogs are read from.
    public init?(bytes: [UInt8], root: String? = nil) {
        var reader = BundleReader(bytes)
        do {
            try reader.expect(Self.magic)
            let version = try reader.string(), checks = try reader.string()
            guard let day = LocalDate(try reader.string()) else { return nil }
            stamp = ContentBundleStamp(programVersion: version, checks: checks, validatedOn: day, sourceDigest: try reader.string())
            reviewCoversEverything = try reader.flag()
            var menu: [FlowMenuEntry] = []
            for _ in 0..<(try reader.count(ofItemsAtLeast: 12)) {
                menu.append(FlowMenuEntry(id: try reader.string(), title: try Self.readText(&reader), summary: try Self.readText(&reader)))
            }
            self.menu = menu
            var files: [String: (size: Int, sha256: String)] = [:]
            for _ in 0..<(try reader.count(ofItemsAtLeast: 12)) {
                let tag = try reader.string(), size = try reader.count(), sha256 = try reader.string()
                guard files[tag] == nil, !tag.isEmpty, !tag.contains("/"), sha256.utf8.count == 64 else { return nil }
                files[tag] = (size, sha256)
            }
            guard reader.isAtEnd else { return nil }
            catalogFiles = files
        } catch {
            return nil
        }
        self.root = root
    }

    /// The files of a bundle of `flows` (in picker order) and `catalogs`, by path under the
    /// content root: the head and one file per catalog.
    public static func files(stamp: ContentBundleStamp, reviewCoversEverything: Bool, flows: [Flow],
                             catalogs: [Catalog]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        var writer = BundleWriter()
        writer.raw(magic)
        writer.string(stamp.programVersion)
        writer.string(stamp.checks)
        writer.string(stamp.validatedOn.description)
        writer.string(stamp.sourceDigest)
        writer.flag(reviewCoversEverything)
        writer.count(flows.count)
        for flow in flows {
            writer.string(flow.id)
            writeText(flow.title, &writer)
            writeText(flow.summary, &writer)
        }
        writer.count(catalogs.count)
        for catalog in catalogs.sorted(by: { $0.tag < $1.tag }) {
            var part = BundleWriter()
            part.raw(catalogMagic)
            part.string(catalog.tag)
            writeCatalog(catalog, &part)
            files[catalogPath(for: catalog.tag)] = part.bytes
            writer.string(catalog.tag)
            writer.count(part.bytes.count)
            writer.string(ContentManifest.hex(SHA256.hash(data: part.bytes)))
        }
        files[path] = writer.bytes
        return files
    }

    private static func writeText(_ text: Text, _ writer: inout BundleWriter) {
        writer.string(text.key)
        writer.string(text.english)
        writer.string(text.location.file)
        writer.count(text.location.line)
        writer.count(text.location.column)
    }

    private static func readText(_ reader: inout BundleReader) throws(BundleReader.Malformed) -> Text {
        let key = try reader.string(), english = try reader.string(), file = try reader.string()
        return Text(key: key, english: english, location: SourceLocation(file: file, line: try reader.count(), column: try reader.count()))
    }

    private static func writeCatalog(_ catalog: Catalog, _ writer: inout BundleWriter) {
        writer.optional(catalog.header?.entry.strings.first)
        let keys = catalog.entriesByKey.keys.sorted()
        writer.count(keys.count)
        for key in keys {
            let entries = catalog.entriesByKey[key] ?? []
            writer.string(key)
            writer.count(entries.count)
            for entry in entries {
                writer.string(entry.english)
                writer.flag(entry.isFuzzy)
                writer.count(entry.translations.count)
                for translation in entry.translations { writer.string(translation) }
            }
        }
    }

    private static func readCatalog(tag: String, _ reader: inout BundleReader) throws(BundleReader.Malformed) -> Catalog {
        let header = try reader.optional().map { POHeader(entry: POEntry(id: "", strings: [$0])) }
        var byKey: [String: [Catalog.Entry]] = [:]
        let keyCount = try reader.count(ofItemsAtLeast: 8)
        byKey.reserveCapacity(keyCount)
        for _ in 0..<keyCount {
            let key = try reader.string()
            var entries: [Catalog.Entry] = []
            for _ in 0..<(try reader.count(ofItemsAtLeast: 9)) {
                let english = try reader.string(), fuzzy = try reader.flag()
                var translations: [String] = []
                for _ in 0..<(try reader.count(ofItemsAtLeast: 4)) { translations.append(try reader.string()) }
                entries.append(Catalog.Entry(english: english, translations: translations, isFuzzy: fuzzy))
            }
            byKey[key] = entries
        }
        return Catalog(tag: tag, header: header, entriesByKey: byKey)
    }
}
