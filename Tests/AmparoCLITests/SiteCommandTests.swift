import Foundation
import Testing

@Suite("amparo site check")
struct SiteCommandTests {
    @Test("the shipped example: no error; each service warned that it lists no languages")
    func example() throws {
        let run = try Amparo.run(["site", "check", Amparo.root + "/Sites/example"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasSuffix("5 services, 0 errors, 5 warnings\n"))
        #expect(run.stdout.contains("services.json:2:3: warning: service 'Immigrant Assistance Hotline and LA Rapid Response Network' lists no languages"))
    }

    @Test("a broken site: every error at its file:line:col, exit 1")
    func broken() throws {
        let fixture = Amparo.root + "/Tests/AmparoCoreTests/Fixtures/invalid/AMP703-unknown-referral-kind.site"
        let run = try Amparo.run(["site", "check", fixture])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(fixture)/services.json:45:19: error: unknown referral kind \"legal-aide\""))
        #expect(run.stdout.contains("did you mean 'legal-aid'?"))
        #expect(run.stdout.hasSuffix("1 error, 0 warnings\n"))
    }

    @Test("a folder that is not a site names both files it needs")
    func notASite() throws {
        let run = try Amparo.run(["site", "check", Amparo.root + "/docs"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("docs/organization.json: error: a site needs organization.json, and it cannot be read [AMP001]"))
        #expect(run.stdout.contains("docs/services.json: error: a site needs services.json, and it cannot be read [AMP001]"))
    }
}
