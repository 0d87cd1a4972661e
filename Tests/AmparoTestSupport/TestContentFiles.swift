import AmparoCore
import Foundation

/// The one small test content every test target shares (`Tests/AmparoTestSupport/Content`):
/// the door flow (`Flows/door.yaml`, every kind of step), the test fact base (`Facts/`) it and
/// the fixture flows rest on, and a Spanish catalog (`Localization/es.po`).
public enum TestContentFiles {
    /// The package root, found from this file's place.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // file, AmparoTestSupport, Tests
        return url.path
    }()

    /// The shared content directory (Flows, Facts, Localization).
    public static var directory: String { packageRoot + "/Tests/AmparoTestSupport/Content" }
    /// The door flow's file.
    public static var doorFlowFile: String { directory + "/Flows/door.yaml" }
    /// The test fact base's directory.
    public static var factsDirectory: String { directory + "/Facts" }
    /// The built `amparo` binary (scripts/test builds it before `swift test`).
    public static var binary: String { packageRoot + "/.build/debug/amparo" }

    /// The test fact base.
    public static let factBase: FactBase = FactLoader.load(directory: factsDirectory).base

    /// The door flow's YAML.
    public static var doorYAML: String {
        (try? String(contentsOfFile: doorFlowFile, encoding: .utf8)) ?? ""
    }

    /// The door flow, through the real loader on the test fact base.
    public static let doorFlow: Flow = flow(yaml: doorYAML, file: "door.yaml")

    /// Loads YAML written for a test on `facts` (default the test fact base); a flow with errors
    /// stops the test run with the errors named (a test's own content must be valid).
    public static func flow(yaml: String, file: String = "test.yaml", facts: FactBase = factBase) -> Flow {
        let result = load(yaml: yaml, file: file, facts: facts)
        precondition(!result.hasErrors && !result.flows.isEmpty, "\(file): \(result.diagnostics.map(\.headline))")
        return result.flows[0]
    }

    /// Loads YAML on `facts` (default the test fact base), with its diagnostics.
    public static func load(yaml: String, file: String = "test.yaml", facts: FactBase = factBase) -> FlowLoadResult {
        FlowLoader.load(yaml: yaml, file: file, facts: facts)
    }

    /// The test fact base with its files' text changed by `edit` (file name → text → text), for
    /// a test that needs, say, a "not settled" note on a source. An edit that leaves errors
    /// stops the test run.
    public static func factBase(editing edit: (String, String) -> String) -> FactBase {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: factsDirectory)) ?? []).sorted()
        let files = names.filter { $0.hasSuffix(".yaml") }.map { name in
            let text = (try? String(contentsOfFile: factsDirectory + "/" + name, encoding: .utf8)) ?? ""
            return (file: "Facts/" + name, data: Data(edit(name, text).utf8))
        }
        let result = FactLoader.load(files: files)
        precondition(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.headline))")
        return result.base
    }

    /// A fresh temporary content directory: `Flows/` with the given files (name → YAML), the
    /// test fact base in `Facts/` (unless `facts` is false), and `Localization/` with the given
    /// catalogs (name → text). The caller removes it.
    public static func makeDirectory(flows: [String: String], localization: [String: String] = [:],
                                     facts: Bool = true) throws -> String {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("amparo-test-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: root + "/Flows", withIntermediateDirectories: true)
        for (name, text) in flows {
            try text.write(toFile: root + "/Flows/" + name, atomically: true, encoding: .utf8)
        }
        if facts { try manager.copyItem(atPath: factsDirectory, toPath: root + "/Facts") }
        if !localization.isEmpty {
            try manager.createDirectory(atPath: root + "/Localization", withIntermediateDirectories: true)
            for (name, text) in localization {
                try text.write(toFile: root + "/Localization/" + name, atomically: true, encoding: .utf8)
            }
        }
        return root
    }
}
