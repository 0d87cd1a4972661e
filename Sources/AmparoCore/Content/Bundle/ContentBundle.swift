import Foundation

/// The compiled form of checked content, `Compiled/amparo.bundle`, as gettext compiles `.po`
/// to `.mo`: written by `amparo sign` once the content passes every check, covered by the
/// signature like every other content file, and read at start instead of the checks and the
/// catalogs' text. It holds:
///
/// - the ``ContentBundleStamp``: which program's checks the content passed, when, and the
///   digest of the files it was made from;
/// - whether a recorded attorney review covers every flow as it is;
/// - the flow picker's entries (id, title, summary), so the picker is drawn before the flows
///   are loaded;
/// - every catalog, already read (keys, English, translations, fuzzy marks and header), each
///   decoded only when its language is chosen.
///
/// The bytes: the line `amparo-bundle 1`, then counts and lengths as 32-bit little-endian
/// numbers and strings as their UTF-8 length and bytes (``BundleWriter``). A bundle is used only
/// when the content's signature verifies and its stamp holds (``ContentBundleStamp/holds``);
/// anything else means the content is read and checked in full, as without one.
public struct ContentBundle: Sendable {
    /// The format's version, in the first line.
    public static let formatVersion = 1
    /// The folder the bundle is written in, under the content root.
    public static let folder = "Compiled"
    /// The bundle's path under the content root.
    public static let path = folder + "/amparo.bundle"
    static let magic = Array("amparo-bundle \(formatVersion)\n".utf8)

    /// What the content passed, when, and what it was made from.
    public let stamp: ContentBundleStamp
    /// Whether a recorded attorney review covers every flow of the content as it is.
    public let reviewCoversEverything: Bool
    /// The flows, in picker order, as the picker shows them.
    public let menu: [FlowMenuEntry]
    /// The languages with a compiled catalog.
    public var catalogTags: [String] { catalogRanges.keys.sorted() }

    private let bytes: [UInt8]
    private let catalogRanges: [String: Range<Int>]

    /// The catalog for `tag`, decoded now; `nil` when the bundle has none for it.
    public func catalog(for tag: String) -> Catalog? {
        guard let range = catalogRanges[tag] else { return nil }
        var reader = BundleReader(bytes, from: range.lowerBound, to: range.upperBound)
        guard let catalog = try? Self.readCatalog(tag: tag, &reader), reader.isAtEnd else { return nil }
        return catalog
    }

    /// Reads a bundle's bytes; `nil` when they are not a whole, well-formed bundle.
    public init?(bytes: [UInt8]) {
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
            var ranges: [String: Range<Int>] = [:]
            for _ in 0..<(try reader.count(ofItemsAtLeast: 8)) {
                let tag = try reader.string(), length = try reader.count()
                let start = reader.offset
                try reader.skip(length)
                // Decoded when its language is chosen; one that does not decode is not used.
                guard ranges[tag] == nil else { return nil }
                ranges[tag] = start..<(start + length)
            }
            guard reader.isAtEnd else { return nil }
            catalogRanges = ranges
        } catch {
            return nil
        }
        self.bytes = bytes
    }

    /// The bytes of a bundle of `flows` (in picker order) and `catalogs`.
    public static func bytes(stamp: ContentBundleStamp, reviewCoversEverything: Bool, flows: [Flow],
                             catalogs: [Catalog]) -> [UInt8] {
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
        for catalog in catalogs {
            var part = BundleWriter()
            writeCatalog(catalog, &part)
            writer.string(catalog.tag)
            writer.count(part.bytes.count)
            writer.raw(part.bytes)
        }
        return writer.bytes
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
