import Foundation
import Testing
@testable import AmparoCore

@Suite("Test-plan runner")
struct TestPlanRunnerTests {
    private func plan(_ name: String) throws -> TestPlan {
        try TestPlan.parse(String(contentsOfFile: Fixtures.path("analysis/\(name)"), encoding: .utf8))
    }

    @Test("a correct plan passes and reports what it leaves unreached")
    func passingPlan() throws {
        let result = TestPlanRunner(flow: try Fixtures.flow("analysis/door.yaml")).run(try plan("door-plan.yaml"))
        #expect(result.problems.isEmpty)
        #expect(result.unreachedOutcomes.isEmpty)
        #expect(result.unshownCards.isEmpty)
    }

    @Test("every way a case can miss is reported, naming the case")
    func failingPlan() throws {
        let result = TestPlanRunner(flow: try Fixtures.flow("analysis/door.yaml")).run(try plan("door-plan-bad.yaml"))
        #expect(result.problems == [
            "case 'wrong outcome': reached outcome 'comply', expected 'guidance'",
            "case 'cards out of order': shows cards [silent, admin-warrant, food-help], expected [silent, food-help, admin-warrant]",
            "case 'unused answer': the answer for 'warrant' is never used (the path does not ask it)",
            "case 'missing answer': the path reaches question 'needs' (What do you need help with? Check all that apply.) but no answer was given; add --answer needs=OPTION with OPTION one of: food, health, school, unsure",
            "case 'citation not shown': no shown card cites 'penal-851-5'",
        ])
        #expect(result.unreachedOutcomes.isEmpty)
        #expect(result.unshownCards.isEmpty)
    }

    @Test("says and never-says pin the words of the shown cards, ignoring case, spacing and curly quotes")
    func wordsOfTheCards() throws {
        let flow = try Fixtures.flow("analysis/door.yaml")
        let answers: [String: PlannedAnswer] = ["where": .one("home"), "warrant": .one("judicial")]
        let passing = TestCase(name: "words kept", answers: answers, outcome: "comply", cards: ["silent"],
                               says: ["the RIGHT to remain\n  silent"], neverSays: ["open the door"])
        #expect(TestPlanRunner(flow: flow).run(TestPlan(flow: "door", cases: [passing])).problems.isEmpty)
        let failing = TestCase(name: "words changed", answers: answers, outcome: "comply", cards: ["silent"],
                               says: ["you must answer"], neverSays: ["remain silent"])
        #expect(TestPlanRunner(flow: flow).run(TestPlan(flow: "door", cases: [failing])).problems == [
            "case 'words changed': no shown card says \"you must answer\"",
            "case 'words changed': a shown card says \"remain silent\", which it must not",
        ])
        let parsed = try TestPlan.parse("""
            flow: door
            cases:
              - name: x
                outcome: comply
                cards: [silent]
                says: [remain silent]
                never-says: [open the door]
            """)
        #expect(parsed.cases[0].says == ["remain silent"])
        #expect(parsed.cases[0].neverSays == ["open the door"])
    }

    @Test("outcomes and cards no case reaches are listed")
    func coverageGaps() throws {
        let partial = TestPlan(flow: "door", cases: [
            TestCase(name: "only comply", answers: ["where": .one("home"), "warrant": .one("judicial")],
                     outcome: "comply", cards: ["silent"]),
        ])
        let result = TestPlanRunner(flow: try Fixtures.flow("analysis/door.yaml")).run(partial)
        #expect(result.problems.isEmpty)
        #expect(result.unreachedOutcomes == ["guidance"])
        #expect(result.unshownCards == ["admin-warrant", "food-help"])
    }

    @Test("plan files reject unknown keys and read one or several answers")
    func parsing() throws {
        #expect(throws: TestPlanError.self) {
            try TestPlan.parse("flow: door\ncases:\n  - name: x\n    answer: {where: home}\n    outcome: comply\n    cards: []\n")
        }
        let parsed = try TestPlan.parse("""
            flow: door
            cases:
              - name: x
                answers: {where: "yes", needs: [food, health]}
                outcome: comply
                cards: [silent]
            """)
        #expect(parsed.cases[0].answers["where"] == .one("yes"))
        #expect(parsed.cases[0].answers["needs"]?.ids == ["food", "health"])
    }
}
