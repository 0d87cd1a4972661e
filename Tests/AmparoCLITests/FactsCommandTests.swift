import AmparoTestSupport
import Foundation
import Testing

/// `amparo facts`, run as a program on copies of the shared test content, and the maintainer's
/// path when the law changes: mark the fact superseded, and `validate` names every card on it.
@Suite("amparo facts")
struct FactsCommandTests {
    /// A copy of the shared test content (the door flow on the test fact base), with the fact
    /// files changed by `edit`. The caller removes it.
    func content(editingFacts edit: (String) -> String = { $0 }) throws -> String {
        let directory = try TestContentFiles.makeDirectory(flows: ["door.yaml": TestContentFiles.doorYAML])
        let facts = directory + "/Facts/demo.yaml"
        try edit(try String(contentsOfFile: facts, encoding: .utf8)).write(toFile: facts, atomically: true, encoding: .utf8)
        return directory
    }

    @Test("text: each fact with its confidence, status, dates, sources and the cards on it")
    func text() throws {
        let directory = try content()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try Amparo.run(["facts", "--content", directory])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("search-warrant: verified, current, as of 1791-12-15, checked 2026-11-20"))
        #expect(lines.contains("  Sources: fourth-amendment"))
        #expect(lines.contains("    - door/rights (no translation)"))
        #expect(lines.contains("    - door/calls (no translation)"))
        #expect(lines.contains { $0.hasPrefix("old-calls: likely, SUPERSEDED by phone-calls") })
        #expect(lines.last == "3 facts, 0 due for a check")
    }

    @Test("--stale lists only the facts not checked for six months; --flow only one flow's")
    func staleAndFlow() throws {
        let directory = try content { text in
            text.replacingOccurrences(of: "    as-of: 2023-01-01\n    checked: 2026-11-20\n    sources: [penal-851-5]\n    research",
                                      with: "    as-of: 2023-01-01\n    checked: 2025-01-15\n    sources: [penal-851-5]\n    research")
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let stale = try Amparo.run(["facts", "--content", directory, "--stale"])
        #expect(stale.status == 0, "\(stale.stderr)")
        #expect(stale.stdout.hasPrefix("phone-calls: verified, current, as of 2023-01-01, checked 2025-01-15"), "\(stale.stdout)")
        #expect(!stale.stdout.contains("search-warrant:"))
        #expect(stale.stdout.hasSuffix("1 fact, 1 due for a check\n"), "\(stale.stdout)")
        let flow = try Amparo.run(["facts", "--content", directory, "--flow", "door"])
        #expect(flow.status == 0)
        #expect(!flow.stdout.contains("old-calls:"), "no card of the flow rests on the superseded fact")
        let wrong = try Amparo.run(["facts", "--content", directory, "--flow", "dor"])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("no flow 'dor' (did you mean 'door'?); flows: door"))
    }

    @Test("json: every fact with the cards that rest on it")
    func json() throws {
        let directory = try content()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try Amparo.run(["facts", "--content", directory, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(facts.map { $0["id"] as? String } == ["search-warrant", "phone-calls", "old-calls"])
        #expect(facts[0]["confidence"] as? String == "verified")
        #expect(facts[0]["checked"] as? String == "2026-11-20")
        let cards = try #require(facts[0]["cards"] as? [[String: Any]])
        #expect(cards.map { $0["card"] as? String } == ["rights"])
        #expect(facts[2]["status"] as? String != "current")
    }

    @Test("when the law changes: a fact marked superseded makes validate fail, naming each card on it")
    func supersededFactNamesTheCards() throws {
        let directory = try content { text in
            text.replacingOccurrences(of: "    confidence: verified\n    status: current\n    as-of: 1791-12-15",
                                      with: "    confidence: verified\n    status: superseded\n    superseded-by: phone-calls\n    as-of: 1791-12-15")
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let run = try Amparo.run(["validate", "--content", directory], environment: ["NO_COLOR": "1"])
        #expect(run.status == 1, "\(run.stdout)")
        let errors = run.stdout.split(separator: "\n").filter { $0.contains("[AMP071]") }
        #expect(errors.count == 1, "one card of the door flow rests on it: \(run.stdout)")
        #expect(errors.allSatisfy { $0.contains("'rights'") && $0.contains("search-warrant") && $0.contains("phone-calls") },
                "\(errors)")
    }
}
