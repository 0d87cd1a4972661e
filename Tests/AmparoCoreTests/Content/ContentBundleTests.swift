import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

/// The compiled content bundle (`Compiled/amparo.bundle` and one `Compiled/<tag>.catalog` per
/// language): what it holds equals what the wizard would read from the files, it is used only
/// when its stamp holds, and broken bytes are refused.
@Suite("Content bundle")
struct ContentBundleTests {
    static let shipped = ContentLocator.locate(override: TestContentFiles.packageRoot)!

    func unused(_ result: Result<ContentBundle, ContentBundle.Unused>) -> ContentBundle.Unused? {
        if case .failure(let reason) = result { return reason }
        return nil
    }

    /// The bundle of `content`, its files written under a fresh root (removed by the caller).
    func compiled(_ content: ContentDirectory = shipped) throws -> (bundle: ContentBundle, root: String) {
        let files = try ContentBundle.compile(content).get()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-compiled-\(UUID().uuidString)").path
        try write(files, under: root)
        let head = try #require(files[ContentBundle.path])
        return (try #require(ContentBundle(bytes: head, root: root)), root)
    }

    func write(_ files: [String: [UInt8]], under root: String) throws {
        try FileManager.default.createDirectory(atPath: root + "/" + ContentBundle.folder, withIntermediateDirectories: true)
        for (path, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + path)) }
    }

    @Test("the shipped content compiles: the picker's entries are the flows', every catalog as read from its .po")
    func shippedContentRoundTrips() throws {
        let (bundle, root) = try compiled()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let flows = try ContentLoading.loadValidated(Self.shipped).get()
        #expect(bundle.menu == flows.map(FlowMenuEntry.init))
        let directory = LocalizationDirectory(path: Self.shipped.localization)
        let languages = directory.shippedLanguages().filter { !$0.isSource }
        #expect(bundle.catalogTags == languages.map(\.tag).sorted())
        let files = try ContentBundle.compile(Self.shipped).get()
        #expect(files.keys.sorted() == ([ContentBundle.path] + languages.map { ContentBundle.catalogPath(for: $0.tag) }).sorted())
        for language in languages {
            let read = try Catalog.load(path: directory.catalogPath(for: language), tag: language.tag)
            let decoded = try #require(bundle.catalog(for: language.tag))
            #expect(decoded.entriesByKey == read.entriesByKey, "\(language.tag)")
            #expect(decoded.header?.fields.map(\.name) == read.header?.fields.map(\.name))
            #expect(decoded.header?.fields.map(\.value) == read.header?.fields.map(\.value))
            #expect(decoded.status == read.status)
        }
        #expect(bundle.reviewCoversEverything == ContentLoading.reviewCoversEverything(Self.shipped))
        #expect(bundle.stamp.programVersion == Amparo.version)
        #expect(bundle.stamp.checks == ContentBundleStamp.checksFingerprint)
    }

    @Test("the same content compiles to the same bytes on the same day")
    func compilingIsDeterministic() throws {
        let day = LocalDate("2026-12-03")!
        #expect(try ContentBundle.compile(Self.shipped, today: day).get() == ContentBundle.compile(Self.shipped, today: day).get())
    }

    @Test("content with an error is not compiled: the errors come back")
    func contentWithAnErrorIsRefused() throws {
        let broken = TestContentFiles.doorYAML.replacingOccurrences(of: "next: ", with: "next: nowhere-", options: [], range: nil)
        let root = try TestContentFiles.makeDirectory(flows: ["door.yaml": broken])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = try #require(ContentLocator.locate(override: root))
        guard case .failure(let failure) = ContentBundle.compile(content) else {
            Issue.record("a flow with an unknown step was compiled")
            return
        }
        #expect(failure.diagnostics.contains { $0.code == .unknownStep })
    }

    @Test("the stamp holds only for this program's checks, these files and a day not before it")
    func stampHolds() throws {
        let manifest = try ContentManifest.build(root: Self.shipped.root)
        let stamp = ContentBundleStamp(programVersion: Amparo.version, checks: ContentBundleStamp.checksFingerprint,
                                       validatedOn: LocalDate("2026-12-03")!,
                                       sourceDigest: manifest.withoutCompiled.digest)
        let day = LocalDate("2026-12-03")!
        #expect(stamp.holds(for: manifest, today: day))
        #expect(stamp.holds(for: manifest, today: LocalDate("2027-06-01")!))
        #expect(!stamp.holds(for: manifest, today: LocalDate("2026-12-02")!))
        var other = stamp
        other.programVersion = "0.0.1"
        #expect(!other.holds(for: manifest, today: day))
        other = stamp
        other.checks = String(repeating: "0", count: 64)
        #expect(!other.holds(for: manifest, today: day))
        let changed = ContentManifest(entries: manifest.entries.dropLast())
        #expect(!stamp.holds(for: changed, today: day))
    }

    @Test("a bundle's strings are taken only as the exact UTF-8 written: bytes that are not UTF-8 are refused, never repaired")
    func bundleStringsAreExactUTF8() throws {
        func read(_ bytes: [UInt8]) -> String? {
            var writer = BundleWriter()
            writer.count(bytes.count)
            writer.raw(bytes)
            var reader = BundleReader(writer.bytes)
            return try? reader.string()
        }
        for text in ["", "a", "Guarde silencio.", "¿Qué?", "保持沉默", "Không 🙂", "\u{200D}"] {
            #expect(read(Array(text.utf8)) == text)
        }
        // A cut four-byte sequence is three bytes that one U+FFFD (three bytes too) would replace.
        for bytes: [UInt8] in [[0xFF], [0xC3], [0xF0, 0x90, 0x80], [0x61, 0xF0, 0x90, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF]] {
            #expect(read(bytes) == nil, "\(bytes)")
        }
        var reader = BundleReader([5, 0, 0, 0, 0x61])       // a length past the end
        #expect((try? reader.string()) == nil)
    }

    @Test("cut short or altered anywhere, a bundle is refused or loses only what no longer reads; nothing crashes")
    func brokenBytesAreRefused() throws {
        let root = try TestContentFiles.makeDirectory(flows: ["door.yaml": TestContentFiles.doorYAML])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try ContentBundle.compile(try #require(ContentLocator.locate(override: root))).get()
        let bytes = try #require(files[ContentBundle.path])
        #expect(ContentBundle(bytes: bytes) != nil)
        for length in 0..<bytes.count {
            #expect(ContentBundle(bytes: Array(bytes[..<length])) == nil, "cut at \(length)")
        }
        #expect(ContentBundle(bytes: bytes + [0]) == nil)
        var state: UInt32 = 7
        for _ in 0..<2_000 {
            state = state &* 1_103_515_245 &+ 12345
            var altered = bytes
            altered[Int(state >> 8) % altered.count] ^= UInt8(truncatingIfNeeded: state >> 3) | 1
            if let bundle = ContentBundle(bytes: altered, root: root) {
                for tag in bundle.catalogTags { _ = bundle.catalog(for: tag) }
            }
        }
    }

    @Test("a catalog file is used only with the bytes the head lists: cut, altered or swapped, it is not read")
    func catalogFilesAreChecked() throws {
        let (bundle, root) = try compiled()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/" + ContentBundle.catalogPath(for: "es")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bundle.catalog(for: "es") != nil)
        #expect(ContentBundle.catalog(tag: "es", fromFile: bytes) != nil)
        #expect(ContentBundle.catalog(tag: "vi", fromFile: bytes) == nil)   // another language's file
        var altered = bytes
        altered[altered.count / 2] ^= 0x20
        try Data(altered).write(to: URL(fileURLWithPath: path))
        #expect(bundle.catalog(for: "es") == nil)
        try Data(bytes.dropLast()).write(to: URL(fileURLWithPath: path))
        #expect(bundle.catalog(for: "es") == nil)
        try FileManager.default.copyItem(atPath: root + "/" + ContentBundle.catalogPath(for: "vi"), toPath: path + ".vi")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: path + ".vi", toPath: path)
        #expect(bundle.catalog(for: "es") == nil)
        #expect(ContentBundle(bytes: try ContentBundle.compile(Self.shipped).get()[ContentBundle.path]!)?.catalog(for: "vi") == nil)  // no root: nothing read
        // Cut anywhere or with bytes altered, a catalog file's bytes are refused or read; nothing crashes.
        for length in stride(from: 0, to: bytes.count, by: 997) {
            #expect(ContentBundle.catalog(tag: "es", fromFile: Array(bytes[..<length])) == nil, "cut at \(length)")
        }
        var state: UInt32 = 11
        for _ in 0..<300 {
            state = state &* 1_103_515_245 &+ 12345
            var changed = bytes
            changed[Int(state >> 8) % changed.count] ^= UInt8(truncatingIfNeeded: state >> 3) | 1
            _ = ContentBundle.catalog(tag: "es", fromFile: changed)
        }
    }

    @Test("verified: used only when the manifest lists it with its bytes and its stamp holds")
    func verifiedBundle() throws {
        let root = try TestContentFiles.makeDirectory(flows: ["door.yaml": TestContentFiles.doorYAML],
                                                      localization: ["es.po": try String(contentsOfFile: TestContentFiles.directory + "/Localization/es.po", encoding: .utf8)])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let content = try #require(ContentLocator.locate(override: root))
        let none = try ContentManifest.build(root: root)
        #expect(unused(ContentBundle.verified(root: root, manifest: none)) == .absent)
        try write(try ContentBundle.compile(content).get(), under: root)
        let manifest = try ContentManifest.build(root: root)
        let bundle = try ContentBundle.verified(root: root, manifest: manifest).get()
        #expect(bundle.menu.map(\.id) == ["door"])
        #expect(bundle.catalog(for: "es") != nil)
        // The bundle made from other files: stale.
        let other = ContentManifest(entries: manifest.entries + [.init(path: "Flows/more.yaml", size: 1, sha256: String(repeating: "a", count: 64))])
        guard case .failure(.stale) = ContentBundle.verified(root: root, manifest: other) else {
            Issue.record("a bundle of other files was used")
            return
        }
        // Bytes other than those the manifest lists: changed.
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: root + "/" + ContentBundle.path))
        #expect(unused(ContentBundle.verified(root: root, manifest: manifest)) == .changed)
    }

    @Test("a review record's digest leaves the bundle out: signing again does not undo a review")
    func reviewedDigestLeavesTheBundleOut() throws {
        let manifest = try ContentManifest.build(root: Self.shipped.root)
        let withBundle = ContentManifest(entries: manifest.entries + [
            .init(path: ContentBundle.path, size: 3, sha256: String(repeating: "b", count: 64)),
            .init(path: ContentBundle.catalogPath(for: "es"), size: 3, sha256: String(repeating: "c", count: 64)),
        ])
        #expect(withBundle.reviewedDigest == manifest.reviewedDigest)
        #expect(withBundle.digest != manifest.digest)
    }
}
