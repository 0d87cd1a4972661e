import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

@Suite("Sites (HSDS 3.0)")
struct SiteLoaderTests {
    static let today = LocalDate("2026-12-02")!

    /// A site folder with these files, removed after `body`.
    private func withSite(organization: String = #"{"id": "0b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "name": "Our center", "description": "A center.", "locations": [{"id": "1b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "schedules": [{"id": "2b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "description": "Mon-Fri 9-5"}]}]}"#,
                          services: String, _ body: (SiteLoader.Result, String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-site-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try organization.write(toFile: directory + "/organization.json", atomically: true, encoding: .utf8)
        try services.write(toFile: directory + "/services.json", atomically: true, encoding: .utf8)
        try body(SiteLoader.load(directory: directory, today: Self.today), directory)
    }

    private func service(_ extra: String = "", status: String = "active", date: String = "2026-11-30",
                         languages: String = #"["en", "es", "zh", "vi", "tl", "ko"]"#, kind: String = "legal-aid") -> String {
        let codes = (try? JSONSerialization.jsonObject(with: Data(languages.utf8))) as? [String] ?? []
        let languageObjects = codes.enumerated().map { #"{"id": "9a2b3c4d-0000-4000-8000-00000000000\#($0.offset)", "code": "\#($0.element)"}"# }
        return #"""
        {"id": "3c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "name": "Legal help", "status": "\#(status)", "assured_date": "\#(date)",
         "organization": {"id": "4c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "name": "Legal Aid Org", "description": "x"},
         "phones": [{"id": "5c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "number": "(555) 010-0199", "description": "intake"}],
         "languages": [\#(languageObjects.joined(separator: ", "))],
         "service_areas": [{"id": "6c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "name": "Fresno County"}],
         "attributes": [
           {"id": "7c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "taxonomy_term": {"id": "8c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "taxonomy": "amparo-referrals", "code": "\#(kind)", "name": "k", "description": "k"}},
           {"id": "7d3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "taxonomy_term": {"id": "8d3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "taxonomy": "AIRS", "code": "FT-3000", "name": "x", "description": "x"}}
         ]\#(extra)}
        """#
    }

    @Test func readsAValidSite() throws {
        try withSite(services: "[\(service())]") { result, _ in
            #expect(result.diagnostics.isEmpty)
            let site = try #require(result.site)
            #expect(site.name == "Our center")
            #expect(site.hours == ["Mon-Fri 9-5"])
            let legal = try #require(site.services.first)
            #expect(legal.name == "Legal help")
            #expect(legal.organizationName == "Legal Aid Org")
            #expect(legal.phones == [SitePhone(number: "(555) 010-0199", description: "intake")])
            #expect(legal.areas == ["Fresno County"])
            #expect(legal.assuredDate == LocalDate("2026-11-30"))
            #expect(legal.referralKinds == [.legalAid])
            #expect(site.services(for: .legalAid).map(\.name) == ["Legal help"])
            #expect(site.services(for: .food).isEmpty)
        }
    }

    @Test func anInactiveServiceIsReadButNotOffered() throws {
        try withSite(services: "[\(service(status: "temporarily closed"))]") { result, _ in
            let site = try #require(result.site)
            #expect(site.services.first?.status == .temporarilyClosed)
            #expect(site.services(for: .legalAid).isEmpty)
        }
    }

    @Test func warnsOfAStaleServiceAndMissingLanguagesButKeepsTheSite() throws {
        try withSite(services: "[\(service(date: "2026-06-01", languages: #"["en", "spa", "cmn"]"#))]") { result, directory in
            #expect(result.site != nil)
            #expect(result.diagnostics.map(\.code) == [.staleSiteService, .siteLanguageMissing])
            #expect(result.diagnostics.map(\.location) == Array(repeating: SourceLocation(file: directory + "/services.json", line: 1, column: 2), count: 2))
            #expect(result.diagnostics.last?.message == "service 'Legal help' is not listed in Tagalog, Vietnamese, Korean, which the kiosk offers")
        }
        try withSite(services: "[\(service(date: "2026-06-02"))]") { result, _ in
            #expect(result.diagnostics.isEmpty, "exactly six months is not yet stale")
        }
    }

    @Test(arguments: [
        (#""status""#, #""id": "x", "status""#, DiagnosticCode.duplicateID, "the key \"id\" is repeated in service 'Legal help'"),
        (#""status""#, #""url": 5, "status""#, .wrongType, "\"url\" must be a string, not a number"),
        (#""phones": ["#, #""phones": {"x": ["#, .wrongType, "\"phones\" must be an array, not an object"),
        (#""status""#, #""description": "Call \u001b[2J now", "status""#, .invalidEncoding,
         "\"description\" holds a control character (U+1B), which could drive the terminal"),
    ])
    func refusesABadField(find: String, replace: String, code: DiagnosticCode, message: String) throws {
        let text = service().replacingOccurrences(of: find, with: replace)
            .replacingOccurrences(of: #""description": "intake"}]"#, with: find == #""phones": ["# ? #""description": "intake"}]}"# : #""description": "intake"}]"#)
        try withSite(services: "[\(text)]") { result, _ in
            #expect(result.site == nil)
            #expect(result.diagnostics.map(\.code).contains(code))
            #expect(result.diagnostics.map(\.message).contains(message))
        }
    }

    @Test func refusesEveryKindOfBadValue() throws {
        try withSite(services: "[\(service(status: "open"))]") { result, _ in
            #expect(result.site == nil)
            #expect(result.diagnostics.map(\.code) == [.badSiteValue])
            #expect(result.diagnostics.first?.suggestion == nil)
        }
        try withSite(services: "[\(service(date: "2026-02-30"))]") { result, _ in
            #expect(result.diagnostics.map(\.code) == [.badDate])
        }
        try withSite(services: "[\(service(kind: "legal-aide"))]") { result, _ in
            #expect(result.diagnostics.map(\.code) == [.unknownReferralKind])
            #expect(result.diagnostics.first?.suggestion == "legal-aid")
        }
        try withSite(services: "[\(service().replacingOccurrences(of: "(555) 010-0199", with: "call us"))]") { result, _ in
            #expect(result.diagnostics.map(\.code) == [.badSiteValue])
        }
        try withSite(services: "[\(service().replacingOccurrences(of: "3c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", with: "legal-1"))]") { result, _ in
            #expect(result.diagnostics.map(\.message) == ["the id \"legal-1\" of service 'Legal help' is not a UUID (HSDS ids are UUIDs)"])
        }
        try withSite(services: "[\(service().replacingOccurrences(of: #""assured_date": "2026-11-30","#, with: ""))]") { result, _ in
            #expect(result.diagnostics.map(\.code) == [.missingField])
        }
        try withSite(services: "[\(service()), \(service())]") { result, _ in
            #expect(result.diagnostics.map(\.code) == [.duplicateID])
            #expect(result.diagnostics.first?.notes == ["first used here: \(result.diagnostics.first!.location.file):1:2"])
        }
        try withSite(services: #"{"contents": []}"#) { result, _ in
            #expect(result.diagnostics.map(\.code) == [.wrongType])
        }
        try withSite(organization: #"{"id": "0b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "name": "Our center"}"#, services: "[]") { result, _ in
            #expect(result.site == nil)
            #expect(result.diagnostics.map(\.message) == ["the center (organization.json) has no \"description\""])
        }
    }

    @Test func refusesBrokenJSONAtItsPlace() throws {
        try withSite(services: "[\n  {\"id\": 1,,}\n]") { result, directory in
            #expect(result.site == nil)
            #expect(result.diagnostics.map(\.headline) == ["\(directory)/services.json:2:12: error: expected a key in double quotes [AMP700]"])
        }
    }

    @Test func aMissingFileIsNamed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-site-\(UUID())").path
        let result = SiteLoader.load(directory: directory, today: Self.today)
        #expect(result.site == nil)
        #expect(result.diagnostics.map(\.code) == [.unreadableFile, .unreadableFile])
    }

    @Test func theShippedExampleHoldsOnlyTheFactBasesStatewideNumbers() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        let result = SiteLoader.load(directory: root + "/Sites/example", today: Self.today)
        #expect(!result.diagnostics.contains { $0.severity == .error })
        let site = try #require(result.site)
        #expect(site.name.contains("not a real center"))
        let facts = try String(contentsOfFile: root + "/Facts/rights.yaml", encoding: .utf8)
            + String(contentsOfFile: root + "/Facts/workplace.yaml", encoding: .utf8)
        for phone in site.services.flatMap(\.phones) {
            #expect(facts.contains(phone.number), "\(phone.number) is not in the fact base")
        }
        #expect(Set(site.services.flatMap(\.referralKinds)) == Set(ReferralKind.allCases))
    }
}
