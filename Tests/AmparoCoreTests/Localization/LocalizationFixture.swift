import Foundation
@testable import AmparoCore

/// The tiny door flow, its facts and its Spanish catalog (`Fixtures/localization`), copied into a
/// fresh temporary folder so a test may change them.
struct LocalizationFixture {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "amparo-l10n-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Fixtures.path("localization"), toPath: root)
    }

    var flowsDirectory: String { root + "/Flows" }
    var flowFile: String { flowsDirectory + "/door.yaml" }
    var localization: LocalizationDirectory { LocalizationDirectory(path: root + "/Localization") }
    var factsDirectory: String { root + "/Facts" }
    var workspace: TranslationWorkspace {
        TranslationWorkspace(flowsDirectory: flowsDirectory, factsDirectory: factsDirectory, localizationDirectory: localization.path)
    }

    func flow() throws -> Flow {
        let loaded = FlowLoader.load(file: flowFile, facts: FactLoader.load(directory: factsDirectory).base)
        guard !loaded.hasErrors, let flow = loaded.flows.first else {
            throw Fixtures.FixtureError.failed(loaded.diagnostics.map(\.headline))
        }
        return flow
    }

    func spanish() throws -> Localizer {
        try localization.localizer(for: .spanish)
    }

    /// Replaces `old` with `new` in a fixture file.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let path = root + "/" + relative
        let text = try String(contentsOfFile: path, encoding: .utf8)
        precondition(text.contains(old), "\(old) is not in \(relative)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
