import AmparoTestSupport
import Foundation
@testable import AmparoCore

/// Access to `Tests/AmparoCoreTests/Fixtures`.
enum Fixtures {
    static var root: String {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    }

    static func path(_ relative: String) -> String {
        (root as NSString).appendingPathComponent(relative)
    }

    /// The test fact base (`Tests/AmparoTestSupport/Content/Facts/`), which every fixture flow
    /// rests on.
    static var factBase: FactBase { TestContentFiles.factBase }

    /// Loads a fixture that must load without errors, on the test fact base, and returns its flow.
    static func flow(_ relative: String) throws -> Flow {
        let result = FlowLoader.load(file: path(relative), facts: factBase)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let flow = result.flows.first else {
            throw FixtureError.failed(errors.map(\.headline))
        }
        return flow
    }

    enum FixtureError: Error { case failed([String]) }
}
