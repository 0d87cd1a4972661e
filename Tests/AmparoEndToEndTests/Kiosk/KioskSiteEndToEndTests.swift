import AmparoTestSupport
import Foundation
import Testing

/// A kiosk whose config names a site (`site = DIR`): the guidance shows the center's own
/// services after the statewide number; a broken site keeps the kiosk from starting.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct KioskSiteEndToEndTests {
    @Test("site = DIR in the config: the outcome shows the site's service with its phone and date")
    func kioskShowsTheSitesService() throws {
        let site = try TestSite.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: site) }
        let kiosk = try KioskInTmux(config: "site = \(site)\n")
        try kiosk.walkToOutcome()
        let first = try kiosk.tmux.screen()
        let doNow = try #require(first.firstIndex { $0.contains("Do this now") })
        let call = try #require(first.firstIndex { $0.contains("Call CHIRLA hotline: 888-624-4752") })
        #expect(call - doNow <= 5)
        #expect(!first[...call].contains { $0.contains("Eastside") }, "the actions and the statewide number come first")
        var seen = first
        for _ in 0..<8 where !seen.contains(where: { $0.contains("Last checked December 2, 2026") }) {
            try kiosk.press("PageDown")
            usleep(200_000)
            seen += try kiosk.tmux.screen()
        }
        #expect(seen.contains { $0.contains("Help near you, from Eastside Center") })
        #expect(seen.contains { $0.contains("Eastside Rapid Response (Eastside Network)") })
        #expect(seen.contains { $0.contains("Phone: 555-0100") })
        #expect(seen.contains { $0.contains("Last checked December 2, 2026") })
        #expect(try !kiosk.hasEnded())
    }

    @Test("a site with an error: the kiosk does not start, and says where the error is")
    func kioskRefusesABrokenSite() throws {
        let site = try TestSite.makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: site) }
        try "[{\"id\": ".write(toFile: site + "/services.json", atomically: true, encoding: .utf8)
        let kiosk = try KioskInTmux(config: "site = \(site)\n")
        try kiosk.tmux.waitFor("EXIT:")
        let lines = try kiosk.tmux.joinedScreen()
        #expect(lines.contains { $0.contains("services.json:1:") })
        #expect(lines.contains { $0.contains("EXIT:1") })
        #expect(!lines.contains { $0.contains("Choose your language") })
    }
}
