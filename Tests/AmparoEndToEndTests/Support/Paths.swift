import AmparoTestSupport
import Foundation
import Testing

/// Where the built binary and the test content are, found from this file's path.
enum Paths {
    /// The package root.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `.build/debug/amparo`, built by `swift build` before `swift test`.
    static var binary: String? {
        let candidates = [root + "/.build/debug/amparo"]
            + ((try? FileManager.default.contentsOfDirectory(atPath: root + "/.build")) ?? [])
                .map { root + "/.build/" + $0 + "/debug/amparo" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The shared test content: the door flow (with volunteer notes on its first two
    /// questions), the test fact base and a Spanish catalog.
    static var content: String { TestContentFiles.directory }

    /// A fresh content directory whose one flow, the door flow, names a step that does not
    /// exist (`warrent`), and where that name is written. The caller removes it.
    static func brokenContent() throws -> (directory: String, line: Int, column: Int) {
        let door = TestContentFiles.doorYAML
        let typo = try #require(door.range(of: "next: warrant\n"))
        let before = door[..<typo.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                                     to: typo.lowerBound) + "next: ".count + 1
        let broken = door.replacingCharacters(in: typo, with: "next: warrent\n")
        return (try TestContentFiles.makeDirectory(flows: ["door.yaml": broken]), line, column)
    }
}
