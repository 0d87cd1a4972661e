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
            "Version: 3", "Attorney review: none recorded", "Check the flow again by: 2027-05-31",
            "Answer paths: 33 distinct; every path shows at least one card.",
            "[search-warrant] verified, current, as of 1791-12-15, checked 2026-11-20",
            "  Cards: silent, admin-warrant",
            "[penal-851-5] Phone calls after arrest",
            "  Supports facts: phone-calls",
            "Card 2 of 3: [admin-warrant]   URGENT",
            "  Do not open the door for an ICE form.",
            "Do now:", "  Keep the door closed.",
            "Not settled (contested):",
            "What to say:", "  I want to remain silent.",
            "Sources (through its facts):",
            "  - [fourth-amendment] Protection from unreasonable searches, U.S. Const. amend.",
            "Shows: Checked November 2026 (2026-11-20)",
            "Listed by outcomes: comply, guidance",
            "    (any answers: shown on every path to these outcomes)",
            "    warrant = \"An ICE form (I-200 or I-205)\" or \"I can't tell\"",
            "    needs: \"Food\" checked",
            "  - Food bank, 800-555-0100, https://example.org/food, Every day",
            "Reviewer (name, bar number): ______________________   Date: ____________",
            "Record a signed review in Facts/attorney-review.yaml (reviewer, date,",
        ] {
            #expect(out.contains(line + "\n"), "missing: \(line)")
        }
    }

    @Test("each shipped flow has a sheet, and no card is left without answers")
    func shippedFlows() throws {
        for id in ["workplace-raid", "police-contact", "public-services"] {
            let run = try Amparo.run(["review", id])
            #expect(run.status == 0, "\(id): \(run.stderr)")
            #expect(run.stdout.contains("REVIEW SHEET:"))
            #expect(!run.stdout.contains("No path shows this card"), "\(id)")
        }
    }
}
