import Foundation

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
///     says: [do not skip]          # optional: words the shown cards must contain
///     never-says: [must show]      # optional: words no shown card may contain
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

    /// Parses a plan from YAML text, with the flows' own YAML reader. Unknown keys are errors,
    /// as in flows.
    public static func parse(_ yaml: String) throws(TestPlanError) -> TestPlan {
        try TestPlanReader.read(yaml)
    }
}

/// A problem with a test plan file itself.
public struct TestPlanError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
