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
}
