import AmparoTestSupport
import Foundation
import Testing

/// `amparo readability`, run as a program on the shipped flows.
@Suite("amparo readability")
struct ReadabilityCommandTests {
    @Test("text: every card with its grade, every outcome with its words and PgDn presses at both sizes")
    func text() throws {
        let run = try Amparo.run(["readability", "police-contact"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Readability of police-contact in en")
        #expect(lines.contains { $0.hasPrefix("  stay-silent [urgent]: ") && $0.contains(" words, ") && $0.contains(", grade ") })
        #expect(lines.contains { $0.hasPrefix("  guidance-home [urgent]: ") && $0.contains("words before the first action") })
        #expect(lines.contains { $0.hasPrefix("    80x24: 0 PgDn to the first action") })
        #expect(lines.contains { $0.hasPrefix("    40x12: 0 PgDn to the first action") })
    }

    @Test("json, in Spanish: words and characters instead of a grade; every urgent outcome shows its first action at once")
    func json() throws {
        for flow in ["police-contact", "workplace-raid", "public-services"] {
            let run = try Amparo.run(["readability", flow, "--lang", "es", "--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(object["language"] as? String == "es")
            let cards = try #require(object["cards"] as? [[String: Any]])
            #expect(!cards.isEmpty && cards.allSatisfy { $0["grade"] == nil && ($0["characters"] as? Int ?? 0) > 0 })
            let outcomes = try #require(object["outcomes"] as? [[String: Any]])
            for outcome in outcomes {
                let screens = try #require(outcome["screens"] as? [[String: Any]])
                #expect(screens.map { $0["pressesToFirstAction"] as? Int } == [0, 0], "\(flow) \(outcome["outcome"] ?? "")")
            }
        }
    }

    @Test("English urgent outcomes: at most five actions, under 60 words, all on the first 80x24 screen")
    func urgentOutcomesFitTheMoment() throws {
        for flow in ["police-contact", "workplace-raid", "public-services"] {
            let run = try Amparo.run(["readability", flow, "--format", "json"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let urgent = Set((object["cards"] as? [[String: Any]] ?? []).filter { $0["urgent"] as? Bool == true }
                .compactMap { $0["card"] as? String })
            for outcome in object["outcomes"] as? [[String: Any]] ?? [] {
                guard (outcome["cards"] as? [String] ?? []).contains(where: urgent.contains) else { continue }
                #expect((outcome["actions"] as? Int ?? 0) <= 5)
                #expect((outcome["actionWords"] as? Int ?? 99) < 60, "\(flow) \(outcome["outcome"] ?? "")")
                let first = (outcome["screens"] as? [[String: Any]])?.first
                #expect(first?["actionsFitFirstScreen"] as? Bool == true, "\(flow) \(outcome["outcome"] ?? "")")
            }
        }
    }
}
