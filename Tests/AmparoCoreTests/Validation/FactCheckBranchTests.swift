import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

/// The branches of the fact and review checks that their fixtures do not reach: an `unverified`
/// fact (AMP072), a card's own `checked` date later than its facts' (AMP073), and a review
/// record with no reviewer's name (AMP080).
@Suite("Fact and review check branches")
struct FactCheckBranchTests {
    func problems(_ yaml: String, facts: FactBase) -> [Diagnostic] {
        let loaded = FlowLoader.load(yaml: yaml, file: "door.yaml", facts: facts)
        return loaded.diagnostics + loaded.flows.flatMap { FlowValidator(context: ValidationContext(today: LocalDate("2026-12-03")!)).validate($0) }
    }

    @Test func anUnverifiedFactNeedsANote() {
        let facts = TestContentFiles.factBase { name, text in
            name == "demo.yaml" ? text.replacingOccurrences(of: "  - id: phone-calls\n    statement: After an arrest a person may make at least three free local phone calls within three hours.\n    confidence: verified",
                                                            with: "  - id: phone-calls\n    statement: After an arrest a person may make at least three free local phone calls within three hours.\n    confidence: unverified") : text
        }
        #expect(facts.fact("phone-calls")?.confidence == .unverified)
        let found = problems(TestContentFiles.doorYAML, facts: facts).filter { $0.code == .unsettledWithoutNote }
        #expect(found.map(\.message) == ["card 'calls' rests on fact 'phone-calls' (unverified) but has no 'contested' note saying what is not settled"])
    }

    @Test func aCardMayNotClaimALaterCheckThanItsFacts() {
        let yaml = TestContentFiles.doorYAML.replacingOccurrences(of: "    facts: [phone-calls]", with: "    facts: [phone-calls]\n    checked: 2026-12-01")
        let found = problems(yaml, facts: TestContentFiles.factBase).filter { $0.code == .dateOverclaims }
        #expect(found.map(\.message) == ["card 'calls' says it was checked on 2026-12-01, but its fact 'phone-calls' was last checked on 2026-11-20"])
        let earlier = TestContentFiles.doorYAML.replacingOccurrences(of: "    facts: [phone-calls]", with: "    facts: [phone-calls]\n    checked: 2026-11-01")
        #expect(problems(earlier, facts: TestContentFiles.factBase).filter { $0.code == .dateOverclaims }.isEmpty)
    }

    @Test func aReviewWithoutTheReviewersNameIsRefused() {
        let record = """
            attorney-review:
              date: 2026-12-01
              content-digest: 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
              flows: [door]

            """
        let result = FactLoader.load(files: [(file: "Facts/attorney-review.yaml", data: Data(record.utf8))])
        let found = result.diagnostics.filter { $0.code == .reviewIncomplete }
        #expect(found.count == 1)
        #expect(found.first?.message.contains("missing the reviewer's name") == true, "\(found.map(\.message))")
        #expect(result.base.review.record == nil)
    }
}
