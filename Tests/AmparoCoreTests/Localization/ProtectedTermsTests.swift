import Testing
@testable import AmparoCore

@Suite("Terms translators keep")
struct ProtectedTermsTests {
    @Test("forms, agencies, bills, code sections, phone numbers and addresses are kept exactly")
    func exact() {
        let found = ProtectedTerms.find(in: """
            Show your I-9 only to ICE. AB 450 and SB 54 protect you (Penal Code 851.5, Cal. Gov. Code § 7285.1). \
            Call 888-624-4752 or (213) 353-1333, or 911, or visit https://www.chirla.org.
            """)
        #expect(found.exact == ["I-9", "ICE", "AB 450", "SB 54", "Penal Code 851.5", "Cal. Gov. Code § 7285.1",
                                "888-624-4752", "(213) 353-1333", "911", "https://www.chirla.org"])
        #expect(found.names.isEmpty)
    }

    @Test("names of laws and cases keep their English name")
    func names() {
        let found = ProtectedTerms.find(in: "The Immigrant Worker Protection Act and the Fourth Amendment; see Plyler v. Doe. Act now.")
        #expect(found.names == ["The Immigrant Worker Protection Act", "Fourth Amendment", "Plyler v. Doe"])
        #expect(found.exact.isEmpty)
    }

    @Test("ordinary capitalized words are not flagged")
    func ordinary() {
        #expect(ProtectedTerms.find(in: "Bring your ID. OK? I can help.").exact.isEmpty)
    }
}
