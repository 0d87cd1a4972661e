import Foundation
import Testing
@testable import AmparoCore

/// Every flow in `Flows/` has a test plan in `Tests/Plans/<flow-id>.yaml`; each plan passes,
/// and together its cases reach every outcome and show every card. Every answer path of every
/// shipped flow shows at least one card.
@Suite("Shipped flows and their test plans")
struct ShippedPlansTests {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }  // Plans, AmparoCoreTests, Tests, file
        return url.path
    }()

    static var flowFiles: [String] { FlowLoader.yamlFiles(in: root + "/Flows") }

    /// The shipped fact base (`Facts/`).
    static let facts = FactLoader.load(directory: root + "/Facts").base

    static func flow(_ file: String) throws -> Flow {
        let result = FlowLoader.load(file: file, facts: facts)
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.headline)
        guard errors.isEmpty, let flow = result.flows.first else { throw Fixtures.FixtureError.failed(errors) }
        return flow
    }

    @Test("there are shipped flows")
    func flowsExist() {
        #expect(!Self.flowFiles.isEmpty)
    }

    @Test("each shipped flow's plan passes and covers every outcome and card", arguments: flowFiles)
    func planPasses(file: String) throws {
        let flow = try Self.flow(file)
        let planPath = Self.root + "/Tests/Plans/\(flow.id).yaml"
        guard FileManager.default.fileExists(atPath: planPath) else {
            Issue.record("\(file): no test plan at Tests/Plans/\(flow.id).yaml")
            return
        }
        let plan = try TestPlan.parse(String(contentsOfFile: planPath, encoding: .utf8))
        let result = TestPlanRunner(flow: flow).run(plan)
        for problem in result.problems { Issue.record("\(planPath): \(problem)") }
        #expect(result.unreachedOutcomes.isEmpty, "outcomes no case reaches: \(result.unreachedOutcomes)")
        #expect(result.unshownCards.isEmpty, "cards no case shows: \(result.unshownCards)")
    }

    @Test("every answer path of each shipped flow shows a card", arguments: flowFiles)
    func everyPathShowsACard(file: String) throws {
        var analysis = FlowAnalysis(flow: try Self.flow(file))
        let tally = analysis.tally()
        #expect(tally.total.value > 0)
        #expect(tally.withoutCards == .zero, "for example: \(String(describing: analysis.pathWithoutCards()))")
    }

    @Test("every plan in Tests/Plans belongs to a shipped flow")
    func noOrphanPlans() throws {
        let ids = try Set(Self.flowFiles.map { try Self.flow($0).id })
        for plan in FlowLoader.yamlFiles(in: Self.root + "/Tests/Plans") {
            let id = ((plan as NSString).lastPathComponent as NSString).deletingPathExtension
            #expect(ids.contains(id), "\(plan) names no flow in Flows/")
        }
    }
}
