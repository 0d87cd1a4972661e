import Foundation
import Yams

/// A flow's test plan (`Tests/Plans/<flow-id>.yaml`): scripted answers and the outcome, cards
/// and citations each must reach.
///
/// ```yaml
/// flow: workplace-raid
/// cases:
///   - name: agents now, private employer
///     answers: {situation: agents-now, needs: [food, health], warrant: unsure}
///     outcome: guidance-now
///     cards: [card-a, card-b]      # exact ids, in display order
///     citations: [ab450]           # optional: each must be cited by one of the cards
/// ```
public struct TestPlan: Hashable, Codable, Sendable {
    /// The id of the flow the plan tests.
    public var flow: String
    /// The scripted cases.
    public var cases: [TestCase]

    /// Creates a plan.
    public init(flow: String, cases: [TestCase]) {
        self.flow = flow
        self.cases = cases
    }

    /// Parses a plan from YAML text. Unknown keys are errors, as in flows.
    public static func parse(_ yaml: String) throws -> TestPlan {
        guard let node = try Yams.compose(yaml: yaml) else {
            throw TestPlanError("the plan is empty")
        }
        try checkKeys(node)
        return try YAMLDecoder().decode(TestPlan.self, from: node)
    }

    private static func checkKeys(_ node: Node) throws {
        try requireOnly(["flow", "cases"], in: node, what: "plan")
        for item in node["cases"]?.sequence ?? [] {
            try requireOnly(["name", "answers", "outcome", "cards", "citations"], in: item, what: "case")
        }
    }

    private static func requireOnly(_ keys: Set<String>, in node: Node, what: String) throws {
        for (key, _) in node.mapping ?? [:] where !keys.contains(key.string ?? "") {
            let line = key.mark.map { " (line \($0.line))" } ?? ""
            throw TestPlanError("unknown key '\(key.string ?? "?")' in a \(what)\(line)")
        }
    }
}

/// A problem with a test plan file itself.
public struct TestPlanError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
