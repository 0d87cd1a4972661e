import Foundation
import Testing
@testable import AmparoCore

@Suite("Content manifest")
struct ContentManifestTests {
    /// A temporary content root with two flows, a catalog and a file outside the covered folders.
    struct Root {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-manifest-\(UUID())").path
            for folder in ["Flows", "Localization/sub", "Other"] {
                try FileManager.default.createDirectory(atPath: path + "/" + folder, withIntermediateDirectories: true)
            }
            try write("Flows/b.yaml", "id: b\n")
            try write("Flows/a.yaml", "id: a\n")
            try write("Localization/sub/es.po", "msgid \"\"\n")
            try write("Other/notes.txt", "not content")
        }
        func write(_ relative: String, _ text: String) throws {
            try text.write(toFile: path + "/" + relative, atomically: false, encoding: .utf8)
        }
        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    @Test func listsEveryCoveredFileSortedWithItsHash() throws {
        let root = try Root()
        defer { root.remove() }
        let manifest = try ContentManifest.build(root: root.path)
        #expect(manifest.entries.map(\.path) == ["Flows/a.yaml", "Flows/b.yaml", "Localization/sub/es.po"])
        // SHA-256 of "id: a\n", computed independently with sha256sum.
        #expect(manifest.entries[0].sha256 == "32848b63caee2b356871054d84e60643683ed636c46ba010d11f04e367325f45")
        #expect(manifest.entries[0].size == 6)
        #expect(manifest.text.hasPrefix("amparo-manifest 1\n"))
        #expect(ContentManifest(text: manifest.text) == manifest)
    }

    @Test func anyChangeAdditionOrRemovalChangesTheDigest() throws {
        let root = try Root()
        defer { root.remove() }
        let before = try ContentManifest.build(root: root.path).digest
        try root.write("Flows/a.yaml", "id: A\n")
        let changed = try ContentManifest.build(root: root.path).digest
        #expect(changed != before)
        try root.write("Flows/c.yaml", "id: c\n")
        let added = try ContentManifest.build(root: root.path).digest
        #expect(added != changed)
        try FileManager.default.removeItem(atPath: root.path + "/Flows/c.yaml")
        #expect(try ContentManifest.build(root: root.path).digest == changed)
        // A file outside the covered folders does not count.
        try root.write("Other/notes.txt", "changed")
        #expect(try ContentManifest.build(root: root.path).digest == changed)
    }

    @Test func aSymbolicLinkIsRefused() throws {
        let root = try Root()
        defer { root.remove() }
        try FileManager.default.createSymbolicLink(atPath: root.path + "/Flows/link.yaml", withDestinationPath: "/etc/passwd")
        #expect(throws: ContentManifestError.notRegular("Flows/link.yaml")) { try ContentManifest.build(root: root.path) }
    }

    @Test func aControlCharacterInANameIsRefusedAndNotEchoed() throws {
        let root = try Root()
        defer { root.remove() }
        try root.write("Flows/x\u{1B}]0;t\u{07}.yaml", "id: x\n")
        do {
            _ = try ContentManifest.build(root: root.path)
            Issue.record("expected an error")
        } catch {
            #expect(!error.description.unicodeScalars.contains { $0.value < 0x20 })
        }
    }

    @Test func malformedTextIsNotAManifest() {
        #expect(ContentManifest(text: "") == nil)
        #expect(ContentManifest(text: "amparo-manifest 1\nnot a line\n") == nil)
        #expect(ContentManifest(text: "amparo-manifest 1\n") == ContentManifest(entries: []))
    }

    @Test("the text form reads back exactly, and only in the exact form it is written")
    func textReadsBackOnlyInItsExactForm() {
        let hash = String(repeating: "0123456789abcdef", count: 4)
        let manifest = ContentManifest(entries: [
            .init(path: "Flows/a.yaml", size: 0, sha256: hash),
            .init(path: "Localization/zh-Hant.po", size: 1_234_567, sha256: hash),
            .init(path: "Sites/niño/ñ 2.yaml", size: 7, sha256: hash),
        ])
        #expect(ContentManifest(text: manifest.text) == manifest)
        let line = "\(hash)  7  Flows/a.yaml"
        #expect(ContentManifest(text: "amparo-manifest 1\n\(line)\n")?.entries.first?.size == 7)
        for broken in [
            String(hash.dropLast()) + "  7  Flows/a.yaml",      // 63 hex digits
            String(hash.dropLast()) + "g  7  Flows/a.yaml",     // not hex
            "\(hash) 7  Flows/a.yaml", "\(hash)  7 Flows/a.yaml", "\(hash)  7  ",
            "\(hash)    Flows/a.yaml", "\(hash)  +7  Flows/a.yaml", "\(hash)  07  Flows/a.yaml",
            "\(hash)  99999999999999999999999  Flows/a.yaml",   // over Int.max
        ] {
            #expect(ContentManifest(text: "amparo-manifest 1\n\(broken)\n") == nil, "\(broken)")
        }
        #expect(ContentManifest(text: "amparo-manifest 1\n\(line)") == nil)       // no last newline
        #expect(ContentManifest(text: "amparo-manifest 2\n\(line)\n") == nil)
    }

    @Test func hashingOnOneThreadOrReusingKnownEntriesGivesTheSameManifest() throws {
        let root = try Root()
        defer { root.remove() }
        let manifest = try ContentManifest.build(root: root.path)
        #expect(try ContentManifest.build(root: root.path, serially: true) == manifest)
        // A known entry is taken as given (the caller checked those bytes), not read again.
        let claimed = ContentManifest.Entry(path: "Flows/a.yaml", size: 6, sha256: String(repeating: "0", count: 64))
        let reused = try ContentManifest.build(root: root.path, known: [claimed], serially: true)
        #expect(reused.entries.first == claimed)
        #expect(Array(reused.entries.dropFirst()) == Array(manifest.entries.dropFirst()))
        // A known file that is gone is still missed.
        try FileManager.default.removeItem(atPath: root.path + "/Flows/a.yaml")
        let without = try ContentManifest.build(root: root.path, known: [claimed])
        #expect(without.entries.map(\.path) == ["Flows/b.yaml", "Localization/sub/es.po"])
    }

    /// The check in two halves (``ContentVerifier/verifiedFile(_:root:signed:)`` first, then
    /// ``ContentVerifier/verifyFiles(root:signed:known:serially:)``) says what the whole check says.
    @Test func oneFileIsCheckedAgainstTheSignedManifestBeforeTheRest() throws {
        let root = try Root()
        defer { root.remove() }
        let signed = try ContentManifest.build(root: root.path)
        let read = try #require(try ContentVerifier.verifiedFile("Flows/a.yaml", root: root.path, signed: signed).get())
        #expect(read == Array("id: a\n".utf8))
        #expect(try ContentVerifier.verifiedFile("Compiled/amparo.bundle", root: root.path, signed: signed).get() == nil)
        #expect(ContentVerifier.verifyFiles(root: root.path, signed: signed) == nil)

        try root.write("Flows/a.yaml", "id: A\n")
        #expect(ContentVerifier.verifiedFile("Flows/a.yaml", root: root.path, signed: signed)
            == .failure(.filesDiffer(added: [], removed: [], changed: ["Flows/a.yaml"])))
        #expect(ContentVerifier.verifyFiles(root: root.path, signed: signed, serially: true)
            == .filesDiffer(added: [], removed: [], changed: ["Flows/a.yaml"]))
        try FileManager.default.removeItem(atPath: root.path + "/Flows/a.yaml")
        #expect(ContentVerifier.verifiedFile("Flows/a.yaml", root: root.path, signed: signed)
            == .failure(.filesDiffer(added: [], removed: ["Flows/a.yaml"], changed: [])))
        try FileManager.default.createDirectory(atPath: root.path + "/Compiled", withIntermediateDirectories: true)
        try root.write("Compiled/amparo.bundle", "not signed")
        #expect(ContentVerifier.verifiedFile("Compiled/amparo.bundle", root: root.path, signed: signed)
            == .failure(.filesDiffer(added: ["Compiled/amparo.bundle"], removed: [], changed: [])))
        try FileManager.default.createSymbolicLink(atPath: root.path + "/Flows/a.yaml", withDestinationPath: root.path + "/Flows/b.yaml")
        #expect(ContentVerifier.verifiedFile("Flows/a.yaml", root: root.path, signed: signed)
            == .failure(.unreadableContent(.notRegular("Flows/a.yaml"))))
    }
}
