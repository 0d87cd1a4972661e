import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

/// The guidance with a site: the center's own services of the kinds the cards call for, in their
/// own section after "do this now" and what to say, never among the first actions.
@Suite struct OutcomeSiteTests {
    private static func site() -> Site? {
        guard let directory = try? TestSite.makeDirectory() else { return nil }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        return SiteLoader.load(directory: directory, today: LocalDate("2026-12-02")!).site
    }

    private func configuration() throws -> AppConfiguration {
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped,
                                             fixedLanguage: "en")
        configuration.site = try #require(Self.site())
        return configuration
    }

    /// home → ICE form → needs: calls → the outcome with both cards.
    private func outcome() throws -> App {
        let app = App(configuration: try configuration())
        app.handle(.confirm)
        app.handle(.pick(1))
        app.handle(.pick(2))
        app.handle(.pick(1))
        app.handle(.last)
        app.handle(.confirm)
        return app
    }

    @Test func theSitesServicesComeAfterWhatToSayAndBeforeTheCards() throws {
        let lines = try outcome().render(width: 80, height: 200).text()
        let expectedInOrder = [
            " Do this now",
            "  1. Ask for your phone calls.",
            "  2. Keep the door closed. Ask them to slide the warrant under it.",
            " Call CHIRLA hotline: 888-624-4752",
            " What to say",
            " Help near you, from Eastside Center",
            " Hours: Mon-Fri 9-5",
            "   Eastside Rapid Response (Eastside Network)",
            "     Report agents and get someone to come.",
            "     Phone: 555-0100",
            "     Last checked December 2, 2026",
            "   Valley Legal Clinic",
            "     Phone: 555-0111",
            "     Last checked November 20, 2026",
            " What you can do",
            " You do not have to open the door",
        ]
        var position = 0
        for expected in expectedInOrder {
            let found = lines[position...].firstIndex(of: expected)
            #expect(found != nil, "missing or out of order: \(expected)")
            position = (found ?? position) + 1
        }
        #expect(!lines.contains { $0.contains("Closed Legal Office") }, "an inactive service is not offered")
        #expect(!lines.contains { $0.contains("Food Bank") }, "no card calls for food")
    }

    @Test func atEightyByTwentyFourTheFirstScreenIsUnchangedByTheSite() throws {
        var plain = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped, fixedLanguage: "en")
        plain.strings = { _ in .english }
        let without = App(configuration: plain)
        for action: Action in [.confirm, .pick(1), .pick(2), .pick(1), .last, .confirm] { without.handle(action) }
        let withSite = try outcome()
        let top = withSite.render(width: 80, height: 24).text()
        let before = without.render(width: 80, height: 24).text()
        let doNow = try #require(top.firstIndex(of: " Do this now"))
        let call = try #require(top.firstIndex(of: " Call CHIRLA hotline: 888-624-4752"))
        #expect(call - doNow <= 5, "the actions and the one number first")
        #expect(Array(top[...call]) == Array(before[...call]), "the site adds nothing before the statewide number")
        #expect(!top[...call].contains { $0.contains("Eastside") })
    }

    @Test func atFortyByTwelveTheActionsStayFirstAndTheServicesAreReachedByScrolling() throws {
        let app = try outcome()
        let top = app.render(width: 40, height: 12).text()
        #expect(top[2] == " Do this now")
        #expect(top[3] == "  1. Ask for your phone calls.")
        #expect(top[4].hasPrefix("  2. Keep the door closed."))
        var seen = top
        for _ in 0..<6 {
            app.handle(.pageDown)
            seen += app.render(width: 40, height: 12).text()
        }
        #expect(seen.contains { $0.hasPrefix(" Help near you, from Eastside Center") })
        #expect(seen.contains { $0.hasPrefix("     Phone: 555-0100") })
        #expect(seen.contains { $0.hasPrefix("     Last checked December 2, 2026") })
    }

    @Test func thePlainModeListsTheServicesAfterWhatToSay() throws {
        var output = ""
        var front = PlainFront(configuration: try configuration(), flowID: "door",
                               reader: ScriptedLineReader(["1", "2", "1", "q"]), output: { output += $0 })
        front.run()
        let heading = try #require(output.range(of: "Help near you, from Eastside Center:\n"))
        let say = try #require(output.range(of: "What to say:\n"))
        let cards = try #require(output.range(of: "You do not have to open the door\n"))
        #expect(say.lowerBound < heading.lowerBound && heading.upperBound < cards.lowerBound)
        #expect(output.contains("   - Eastside Rapid Response (Eastside Network)\n"))
        #expect(output.contains("     Phone: 555-0100\n"))
        #expect(output.contains("     Last checked December 2, 2026\n"))
    }
}
