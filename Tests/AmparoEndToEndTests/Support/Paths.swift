import Foundation

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

    /// A content directory with one small flow.
    static let content = root + "/Tests/AmparoEndToEndTests/Fixtures"

    /// A content directory whose one flow names a step that does not exist.
    static let brokenContent = root + "/Tests/AmparoEndToEndTests/BrokenContent"
}
