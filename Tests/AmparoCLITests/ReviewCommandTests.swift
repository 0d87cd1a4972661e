import Foundation
import Testing

@Suite("amparo review")
struct ReviewCommandTests {
    @Test("the sheet has the metadata, every card in full, sources, and the answers that show each card")
    func sheet() throws {
        let run = try Amparo.run(["review", Amparo.doorFlow])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        for line in [
            "REVIEW SHEET: Help at the door [door]",
            "Version: 3", "Reviewed: 2026-11-26", "Review by: 2027-05-31",
            "Answer paths: 33 distinct; every path shows at least one card.",
            "[penal-851-5] Phone calls after arrest",
            "  Contested: Some jails are slow to allow calls.",
            "Card 2 of 3: [admin-warrant]   URGENT",
            "  Do not open the door for an ICE form.",
            "Not settled (contested):",
            "What to say:", "  I want to remain silent.",
            "  - [fourth] Fourth Amendment, U.S. Const. amend. IV,",
            "Fact-sheet entries: 1.1",
            "Listed by outcomes: comply, guidance",
            "    (any answers: shown on every path to these outcomes)",
            "    warrant = \"An ICE form (I-200 or I-205)\" or \"I can't tell\"",
            "    needs: \"Food\" checked",
            "  - Food bank, 800-555-0100, https://example.org/food, Every day",
            "Reviewer: ______________________   Date: ____________",
        ] {
            #expect(out.contains(line + "\n"), "missing: \(line)")
        }
    }

    @Test("each shipped flow has a sheet, and no card is left without answers")
    func shippedFlows() throws {
        for id in ["workplace-raid", "police-contact"] {
            let run = try Amparo.run(["review", id])
            #expect(run.status == 0, "\(id): \(run.stderr)")
            #expect(run.stdout.contains("REVIEW SHEET:"))
            #expect(!run.stdout.contains("No path shows this card"), "\(id)")
        }
    }
}
