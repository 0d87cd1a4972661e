import AmparoTestSupport
import Foundation
import Testing

@Suite("amparo paths")
struct PathsCommandTests {
    /// `count` yes/no questions in a row, then one outcome with one card.
    static func chain(_ count: Int) -> String { GeneratedFlows.chain(questions: count) }

    @Test("a chain of 60 yes/no questions has 2^60 (about 10^18) paths, counted at once", .timeLimit(.minutes(1)))
    func sixtyQuestions() throws {
        let content = try Amparo.contentDirectory(["chain.yaml": Self.chain(60)])
        let started = ContinuousClock.now
        let run = try Amparo.run(["paths", content + "/Flows/chain.yaml"])
        #expect(ContinuousClock.now - started < .seconds(10))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("chain: 1152921504606846976 distinct answer paths\n"))
        #expect(run.stdout.contains("Every path shows at least one card."))
        #expect(run.stdout.contains("Too many to list (more than 200)"))
        let json = try Amparo.run(["paths", content + "/Flows/chain.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let paths = try #require(object["paths"] as? [String: Any])
        #expect((paths["value"] as? NSNumber)?.uint64Value == 1 << 60)
        #expect(paths["saturated"] as? Bool == false)
        #expect(object["listed"] as? Bool == false)
    }

    @Test("a small flow lists each path with its outcome and cards")
    func listing() throws {
        let run = try Amparo.run(["paths", Amparo.doorFlow])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "door: 33 distinct answer paths")
        #expect(lines.contains("1. where = home, warrant = judicial -> comply: silent"))
        #expect(lines.contains("2. where = home, warrant = administrative, needs = food -> guidance: silent, admin-warrant, food-help"))
        #expect(lines.contains("33. where = unsure, needs = unsure -> guidance: silent"))
        let limited = try Amparo.run(["paths", Amparo.doorFlow, "--limit", "10"])
        #expect(limited.stdout.contains("Too many to list (more than 10)"))
        #expect(!limited.stdout.contains("1. where"))
    }

    @Test("paths that reach no card are reported and make the command fail")
    func pathWithoutCard() throws {
        let gap = try String(contentsOfFile: Amparo.doorFlow, encoding: .utf8)
            .replacingOccurrences(of: "    text: Let them in, and stay silent\n    cards: [silent]",
                                  with: "    text: Let them in, and stay silent\n    cards: []")
        let content = try Amparo.contentDirectory(["door.yaml": gap])
        let run = try Amparo.run(["paths", content + "/Flows/door.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("PROBLEM: 1 paths reach no card."))
        #expect(run.stdout.contains("For example: where = home, warrant = judicial -> comply: (no card)"))
    }

    @Test("every shipped flow: every path shows a card")
    func shippedFlows() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: Amparo.root + "/Flows") where file.hasSuffix(".yaml") {
            let run = try Amparo.run(["paths", "Flows/" + file, "--limit", "0"])
            #expect(run.status == 0, "\(file): \(run.stdout)\(run.stderr)")
            #expect(run.stdout.contains("Every path shows at least one card."), "\(file)")
        }
    }

    @Test("decide and review refuse a flow the validator rejects; paths reports its dead ends; graph draws it")
    func invalidFlow() throws {
        let cyclic = try String(contentsOfFile: Amparo.doorFlow, encoding: .utf8)
            .replacingOccurrences(of: "    detail: A judge's warrant names a court and is signed by a judge.\n    next: needs",
                                  with: "    detail: A judge's warrant names a court and is signed by a judge.\n    next: where")
        let content = try Amparo.contentDirectory(["door.yaml": cyclic])
        for command in ["review", "decide"] {
            let run = try Amparo.run([command, content + "/Flows/door.yaml"])
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("door.yaml:"), "\(command): \(run.stderr)")
            #expect(run.stderr.contains("error: the flow has errors"), "\(command)")
        }
        let paths = try Amparo.run(["paths", content + "/Flows/door.yaml"])
        #expect(paths.status == 1)
        #expect(paths.stdout.contains("end without reaching an outcome"), "\(paths.stdout)")
        let graph = try Amparo.run(["graph", content + "/Flows/door.yaml"])
        #expect(graph.status == 0)
        #expect(graph.stdout.contains("\"how-to-tell\" -> \"where\""))
    }
}
