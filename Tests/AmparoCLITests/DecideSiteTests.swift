import AmparoTestSupport
import Foundation
import Testing

@Suite("amparo decide --site")
struct DecideSiteTests {
    private let answers = ["--answer", "where=home", "--answer", "warrant=administrative", "--answer", "needs=calls"]

    @Test("text: the site's services of the cards' kinds, after what to say, each with its phone and date")
    func text() throws {
        let site = try TestSite.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Amparo.run(["decide", TestContentFiles.doorFlowFile] + answers + ["--site", site])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        let say = try #require(out.range(of: "What to say:\n"))
        let heading = try #require(out.range(of: "Help near you, from Eastside Center:\n  Hours: Mon-Fri 9-5\n"))
        let cards = try #require(out.range(of: "1. You do not have to open the door"))
        #expect(say.upperBound <= heading.lowerBound && heading.upperBound <= cards.lowerBound)
        #expect(out.contains("  - Eastside Rapid Response (Eastside Network)\n    Report agents and get someone to come.\n"
                             + "    Phone: 555-0100\n    Last checked December 2, 2026\n"))
        #expect(out.contains("  - Valley Legal Clinic\n"))
        #expect(!out.contains("Closed Legal Office"), "an inactive service is not offered")
        #expect(!out.contains("Valley Food Bank"), "no card calls for food")
        let without = try Amparo.run(["decide", TestContentFiles.doorFlowFile] + answers)
        #expect(!without.stdout.contains("Help near you"), "no site, no section")
    }

    @Test("json: the center, the kinds and each service with its last-checked day")
    func json() throws {
        let site = try TestSite.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Amparo.run(["decide", TestContentFiles.doorFlowFile, "--format", "json"] + answers + ["--site", site])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let section = try #require(object["site"] as? [String: Any])
        #expect(section["center"] as? String == "Eastside Center")
        #expect(section["kinds"] as? [String] == ["rapid-response", "legal-aid"])
        let services = try #require(section["services"] as? [[String: Any]])
        #expect(services.map { $0["name"] as? String } == ["Eastside Rapid Response", "Valley Legal Clinic"])
        #expect(services.first?["phones"] as? [String] == ["555-0100"])
        #expect(services.first?["lastChecked"] as? String == "2026-12-02")
        #expect(services.first?["lastCheckedText"] as? String == "Last checked December 2, 2026")
    }

    @Test("a site with an error is refused with its located error, and nothing is printed")
    func badSite() throws {
        let site = try TestSite.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: site) }
        try "[{\"id\": 1}]".write(toFile: site + "/services.json", atomically: true, encoding: .utf8)
        let run = try Amparo.run(["decide", TestContentFiles.doorFlowFile] + answers + ["--site", site])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(site + "/services.json:1:"))
        #expect(run.stderr.contains("the site has errors"))
    }

    @Test("in Spanish, the shipped example site's English services come under a notice in Spanish")
    func spanishNotice() throws {
        let run = try Amparo.run(["decide", "workplace-raid", "--lang", "es", "--answer", "situation=agents-now",
                                  "--answer", "employer=private", "--answer", "shown=nothing",
                                  "--site", Amparo.root + "/Sites/example", "--content", Amparo.root])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ayuda cerca de usted, de Example center (not a real center):\n"
                                    + "  Esta parte todavía no está traducida, por eso se muestra en inglés.\n"))
        #expect(run.stdout.contains("Revisado por última vez el 2 de diciembre de 2026"))
    }

    @Test("review lists each card's kinds of help and the site's services shown with it")
    func review() throws {
        let site = try TestSite.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let run = try Amparo.run(["review", TestContentFiles.doorFlowFile, "--site", site])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Kinds of help (referrals): legal-aid\nSite services shown with it (Eastside Center):\n"
                                    + "  - Valley Legal Clinic, 555-0111, last checked 2026-11-20\n"))
    }
}
