import Foundation
import Testing
@testable import AmparoCore

@Suite("Content locator")
struct ContentLocatorTests {
    /// A temporary tree: `root/repo/Flows`, `root/repo/.build/debug/amparo`,
    /// `root/prefix/share/amparo/Flows`, `root/prefix/bin/amparo`, `root/elsewhere`.
    struct Tree {
        let root: String
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-locator-\(UUID())").path
            for directory in ["repo/Flows", "repo/.build/debug", "prefix/share/amparo/Flows", "prefix/bin", "elsewhere"] {
                try FileManager.default.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
            }
        }
        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func overrideWinsThenEnvironment() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let fromFlag = ContentLocator.locate(override: "repo", environment: ["AMPARO_CONTENT": "/x"],
                                             executablePath: nil, currentDirectory: tree.root)
        #expect(fromFlag == ContentDirectory(root: tree.root + "/repo", origin: "--content"))
        let fromEnvironment = ContentLocator.locate(environment: ["AMPARO_CONTENT": tree.root + "/elsewhere"],
                                                    executablePath: nil, currentDirectory: tree.root)
        #expect(fromEnvironment?.origin == "$AMPARO_CONTENT")
        #expect(fromEnvironment?.flows == tree.root + "/elsewhere/Flows")
    }

    @Test("--content is made absolute with its symbolic links resolved; a path that does not exist is standardized")
    func overrideIsResolved() throws {
        let tree = try Tree()
        defer { tree.remove() }
        try FileManager.default.createSymbolicLink(atPath: tree.root + "/link", withDestinationPath: tree.root + "/repo")
        let linked = ContentLocator.locate(override: "link", environment: [:], executablePath: nil, currentDirectory: tree.root)
        #expect(linked?.root == tree.root + "/repo")
        let dotted = ContentLocator.locate(override: tree.root + "/elsewhere/../repo/.", environment: [:], executablePath: nil,
                                           currentDirectory: "/")
        #expect(dotted?.root == tree.root + "/repo")
        let missing = ContentLocator.locate(override: "missing/./x", environment: [:], executablePath: nil,
                                            currentDirectory: tree.root)
        #expect(missing?.root == tree.root + "/missing/x")
        #expect(ContentLocator.currentExecutablePath().map { FileManager.default.isExecutableFile(atPath: $0) } == true)
    }

    @Test func installedLayoutIsShareAmparo() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let found = ContentLocator.locate(environment: [:], executablePath: tree.root + "/prefix/bin/amparo",
                                          currentDirectory: tree.root + "/elsewhere")
        #expect(found == ContentDirectory(root: tree.root + "/prefix/share/amparo", origin: "installed"))
    }

    @Test func buildDirectoryFindsTheRepository() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let found = ContentLocator.locate(environment: [:], executablePath: tree.root + "/repo/.build/debug/amparo",
                                          currentDirectory: tree.root + "/elsewhere")
        #expect(found == ContentDirectory(root: tree.root + "/repo", origin: "next to the program"))
    }

    @Test("the current directory is never searched, even inside a repository")
    func currentDirectoryIsNeverSearched() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let fromRepository = ContentLocator.locate(environment: [:], executablePath: tree.root + "/elsewhere/amparo",
                                                   currentDirectory: tree.root + "/repo/.build")
        #expect(fromRepository == nil)
        let inRepository = ContentLocator.locate(environment: [:], executablePath: tree.root + "/elsewhere/amparo",
                                                 currentDirectory: tree.root + "/repo")
        #expect(inRepository == nil)
    }

    @Test("a program outside a build tree never walks up to a Flows/ above it")
    func installedProgramNeverWalksUp() throws {
        let tree = try Tree()
        defer { tree.remove() }
        // repo/tools/bin/amparo lies under repo (which holds Flows/) but in no .build directory.
        try FileManager.default.createDirectory(atPath: tree.root + "/repo/tools/bin", withIntermediateDirectories: true)
        let found = ContentLocator.locate(environment: [:], executablePath: tree.root + "/repo/tools/bin/amparo",
                                          currentDirectory: tree.root + "/repo")
        #expect(found == nil)
        // A deeper build tree (.build/<triple>/debug) finds the directory holding .build, only.
        let deep = ContentLocator.locate(environment: [:],
                                         executablePath: tree.root + "/repo/.build/x86_64-unknown-linux-gnu/debug/amparo",
                                         currentDirectory: tree.root + "/elsewhere")
        #expect(deep == ContentDirectory(root: tree.root + "/repo", origin: "next to the program"))
        // A .build whose parent has no Flows/ finds nothing, even when a directory above it has.
        try FileManager.default.createDirectory(atPath: tree.root + "/repo/sub/.build/debug", withIntermediateDirectories: true)
        let nested = ContentLocator.locate(environment: [:], executablePath: tree.root + "/repo/sub/.build/debug/amparo",
                                           currentDirectory: tree.root + "/repo")
        #expect(nested == nil)
    }
}
