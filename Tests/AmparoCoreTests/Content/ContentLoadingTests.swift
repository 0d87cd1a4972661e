import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

/// `ContentLoading.loadValidated` fails closed: any error `amparo validate` would report, and
/// any file that is not a readable regular file, refuses the whole content, naming the problem.
@Suite("Content loading fails closed")
struct ContentLoadingTests {
    /// A copy of the shared test content (door flow, facts, Spanish catalog).
    func copy() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-loading-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: TestContentFiles.directory, toPath: root)
        return root
    }

    func load(_ root: String) -> Result<[Flow], ContentLoadFailure> {
        ContentLoading.loadValidated(ContentDirectory(root: root, origin: "--content"))
    }

    func errors(_ result: Result<[Flow], ContentLoadFailure>) -> [Diagnostic] {
        guard case .failure(let failure) = result else { return [] }
        return failure.diagnostics.filter { $0.severity == .error }
    }

    @Test("the shared test content loads")
    func cleanContentLoads() throws {
        let root = try copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let flows = try load(root).get()
        #expect(flows.map(\.id) == ["door"])
    }

    @Test("a second file with a duplicate flow id refuses the content")
    func duplicateFlowID() throws {
        let root = try copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.copyItem(atPath: root + "/Flows/door.yaml", toPath: root + "/Flows/a-copy.yaml")
        let found = errors(load(root))
        #expect(found.contains { $0.code == .duplicateID }, "\(found.map(\.headline))")
    }

    @Test("a catalog error refuses the content")
    func catalogError() throws {
        let root = try copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let handle = try #require(FileHandle(forWritingAtPath: root + "/Localization/es.po"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nmsgid \"unterminated\n".utf8))
        try handle.close()
        let found = errors(load(root))
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.location.file.hasSuffix("Localization/es.po") }, "\(found.map(\.headline))")
    }

    @Test("an unreadable catalog is an error, never a skip")
    func unreadableCatalog() throws {
        guard getuid() != 0 else { return }  // root reads a file of mode 000
        let root = try copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        chmod(root + "/Localization/es.po", 0)
        let found = errors(load(root))
        #expect(found.contains { $0.code == .unreadableFile && $0.message.contains("Localization/es.po") },
                "\(found.map(\.headline))")
    }

    @Test("a symbolic link or a pipe among the content files refuses the content, naming it")
    func nonRegularFile() throws {
        let root = try copy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/Flows/link.yaml", withDestinationPath: root + "/Flows/door.yaml")
        let linked = errors(load(root))
        #expect(linked.contains { $0.code == .unreadableFile && $0.message.contains("'Flows/link.yaml' is not a regular file") },
                "\(linked.map(\.headline))")
        try FileManager.default.removeItem(atPath: root + "/Flows/link.yaml")
        #expect(mkfifo(root + "/Localization/ko.po", 0o644) == 0)
        let piped = errors(load(root))
        #expect(piped.contains { $0.message.contains("'Localization/ko.po' is not a regular file") }, "\(piped.map(\.headline))")
    }
}
