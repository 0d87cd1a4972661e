import Crypto
import Dispatch
import Foundation

/// Every content file (under `Flows/`, `Facts/`, `Localization/`, `Sites/` and `Compiled/`, where
/// `amparo sign` writes the compiled bundle) with its size and
/// SHA-256, in byte order of path. It is what a content signature covers and what a review sheet
/// names, so a signed sheet or signature matches the exact bytes a kiosk runs.
///
/// The text form is one header line, `amparo-manifest 1`, then one line per file:
/// `<sha256 hex>  <size>  <path relative to the content root>`. The digest is the SHA-256 of
/// that text. Anything that is not a regular file (a symbolic link, a device, a pipe) and any
/// path with a control character is refused rather than left out.
public struct ContentManifest: Equatable, Sendable {
    /// One content file.
    public struct Entry: Equatable, Sendable {
        /// Relative to the content root, `/`-separated (`Flows/police-contact.yaml`).
        public var path: String
        /// The file's size in bytes.
        public var size: Int
        /// Lower-case hex SHA-256 of the file's bytes.
        public var sha256: String
    }

    /// The folders of the content root that the manifest covers.
    public static let folders = ["Flows", "Facts", "Localization", "Sites", ContentBundle.folder]
    /// The first line of the text form.
    public static let header = "amparo-manifest 1"

    /// The files, sorted by path (byte order).
    public var entries: [Entry]

    /// A manifest of the given entries (sorted here).
    public init(entries: [Entry]) {
        self.entries = entries.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    /// Reads every file under the covered folders of `root` (a folder that is absent is skipped).
    /// The files are hashed straight from the page cache on every core, or on this thread alone
    /// with `serially`. A file with an entry in `known` (already read and hashed by the caller)
    /// is listed with that entry, not read again; it must still be there, a regular file.
    public static func build(root: String, known: [Entry] = [], serially: Bool = false) throws(ContentManifestError)
        -> ContentManifest {
        var files: [(relative: String, full: String)] = []
        for folder in folders {
            let directory = ContentDirectory.path(folder, under: root)
            guard let kind = fileKind(directory) else { continue }
            guard kind == .typeDirectory else { throw .notRegular(folder) }
            try collect(directory: directory, relative: folder, into: &files)
        }
        let results = HashResults(count: files.count)
        let paths = files
        let knownEntries = Dictionary(known.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let hashOne: @Sendable (Int) -> Void = { index in
            if let entry = knownEntries[paths[index].relative] {
                results.set(index, entry)
                return
            }
            // Mapped: no copy, no fresh pages.
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: paths[index].full), options: .alwaysMapped) else { return }
            results.set(index, Entry(path: paths[index].relative, size: data.count, sha256: hex(SHA256.hash(data: data))))
        }
        if serially {
            for index in paths.indices { hashOne(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: paths.count, execute: hashOne)
        }
        var entries: [Entry] = []
        for (index, file) in files.enumerated() {
            guard let entry = results.get(index) else { throw .unreadable(file.relative) }
            entries.append(entry)
        }
        return ContentManifest(entries: entries)
    }

    /// One slot per file, filled from parallel tasks.
    private final class HashResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Entry?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ entry: Entry) {
            lock.lock()
            slots[index] = entry
            lock.unlock()
        }

        func get(_ index: Int) -> Entry? {
            lock.lock()
            defer { lock.unlock() }
            return slots[index]
        }
    }

    /// The text form (see the type's documentation); ends with a newline.
    public var text: String {
        // Appended line by line (`joined(separator:)` looked up its witnesses at run time on
        // first use, before a kiosk's first screen).
        var text = Self.header + "\n"
        for entry in entries { text += entry.sha256 + "  " + String(entry.size) + "  " + entry.path + "\n" }
        return text
    }

    /// Lower-case hex SHA-256 of `text`.
    public var digest: String { Self.hex(SHA256.hash(data: Array(text.utf8))) }

    /// The files an attorney-review record is kept in: left out of ``reviewedDigest``, because a
    /// record inside the content cannot hold the digest of itself. The compiled bundle (every
    /// file under `Compiled/`) is left out too: it is made from the other files (and names the
    /// day it was made), so signing the content again does not undo a review.
    public static let reviewRecordPaths = ["Facts/" + FactLoader.reviewFile]

    /// The manifest without `paths`.
    public func excluding(_ paths: [String]) -> ContentManifest {
        ContentManifest(entries: entries.filter { !paths.contains($0.path) })
    }

    /// The manifest without the compiled bundle's files (everything under `Compiled/`): the
    /// files the bundle is made from.
    public var withoutCompiled: ContentManifest {
        ContentManifest(entries: entries.filter { !$0.path.hasPrefix(ContentBundle.folder + "/") })
    }

    /// The digest an attorney-review record names: the ``digest`` of the manifest of every
    /// content file except the review record (``reviewRecordPaths``) and the compiled bundle.
    /// Any change to a flow, a fact, a source or a catalog changes it; recording the review does
    /// not.
    public var reviewedDigest: String { withoutCompiled.excluding(Self.reviewRecordPaths).digest }

    /// Reads a manifest's text form back, or `nil` when it is not one.
    public init?(text: String) {
        // Read from the UTF-8 bytes: the manifest is ASCII but for its paths, and a kiosk reads
        // it before its first screen (splitting it as characters cost more than the rest).
        var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        guard lines.first?.elementsEqual(Self.header.utf8) == true, lines.last?.isEmpty == true else { return nil }
        lines.removeFirst(); lines.removeLast()
        var entries: [Entry] = []
        for line in lines {
            guard let entry = Self.entry(line) else { return nil }
            entries.append(entry)
        }
        self.init(entries: entries)
        guard self.text == text else { return nil }     // only the exact form written
    }

    /// One line, `SHA256  SIZE  PATH`, or nil.
    private static func entry(_ line: ArraySlice<UInt8>) -> Entry? {
        let start = line.startIndex, digits = start + 64
        guard line.count >= 70, line[start..<digits].allSatisfy(Self.isHexDigit),
              line[digits] == 0x20, line[digits + 1] == 0x20 else { return nil }
        var index = digits + 2, size = 0
        while index < line.endIndex, (0x30...0x39).contains(line[index]) {
            guard size < Int.max / 10 - 9 else { return nil }
            size = size * 10 + Int(line[index] - 0x30)
            index += 1
        }
        guard index > digits + 2, line.endIndex - index > 2, line[index] == 0x20, line[index + 1] == 0x20 else { return nil }
        return Entry(path: String(decoding: line[(index + 2)...], as: UTF8.self), size: size,
                     sha256: String(decoding: line[start..<digits], as: UTF8.self))
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte) || (0x41...0x46).contains(byte)
    }

    private static func collect(directory: String, relative: String, into files: inout [(relative: String, full: String)])
        throws(ContentManifestError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw .unreadable(relative)
        }
        for name in names.sorted() {
            let path = relative + "/" + name
            guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) })
            else { throw .badName(path) }
            let full = directory + "/" + name
            switch fileKind(full) {
            case .typeDirectory?: try collect(directory: full, relative: path, into: &files)
            case .typeRegular?: files.append((path, full))
            default: throw .notRegular(path)
            }
        }
    }

    /// The file's type without following a symbolic link, or `nil` when it does not exist.
    private static func fileKind(_ path: String) -> FileAttributeType? {
        FileKind.of(path)
    }

    static func hex<D: Digest>(_ digest: D) -> String {
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}

/// Why a content manifest could not be made.
public enum ContentManifestError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file or folder could not be read.
    case unreadable(String)
    /// Not a regular file or folder (a symbolic link, a device, a pipe).
    case notRegular(String)
    /// A file name with a control character.
    case badName(String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read '\(path)'"
        case .notRegular(let path): "'\(path)' is not a regular file or folder (a link, a device or a pipe is refused)"
        case .badName(let path): "the file name '\(path.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) ? "?" : String($0) }.joined())' holds a control character"
        }
    }
}
