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

    @Test func currentDirectoryIsTheLastResort() throws {
        let tree = try Tree()
        defer { tree.remove() }
        let fromRepository = ContentLocator.locate(environment: [:], executablePath: tree.root + "/elsewhere/amparo",
                                                   currentDirectory: tree.root + "/repo/.build")
        #expect(fromRepository == ContentDirectory(root: tree.root + "/repo", origin: "current directory"))
        let nowhere = ContentLocator.locate(environment: [:], executablePath: tree.root + "/elsewhere/amparo",
                                            currentDirectory: tree.root + "/elsewhere")
        #expect(nowhere == nil)
    }
}
