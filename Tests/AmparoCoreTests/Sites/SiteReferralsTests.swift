import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

/// Which of a site's services an outcome shows: those of the kinds of help its cards call for.
@Suite("Site referrals")
struct SiteReferralsTests {
    private func site(translations: [String: [String: (name: String, description: String)]] = [:]) throws -> Site {
        let directory = try TestSite.makeDirectory(translations: translations)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let result = SiteLoader.load(directory: directory, today: LocalDate("2026-12-02")!)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline))")
        return try #require(result.site)
    }

    private var doorCards: [Card] { TestContentFiles.doorFlow.cards }

    @Test func cardsReadTheirKindsOfHelp() {
        #expect(doorCards.map(\.referrals) == [[.rapidResponse], [.legalAid]])
    }

    @Test func onlyActiveServicesOfTheCalledKindsAreShownEachOnceRapidResponseFirst() throws {
        let referrals = try #require(SiteReferrals(site: try site(), cards: doorCards, languageTag: "en"))
        #expect(referrals.kinds == [.rapidResponse, .legalAid])
        // The clinic offers both kinds and comes once; the inactive office and the food bank never.
        #expect(referrals.entries.map(\.service.name) == ["Eastside Rapid Response", "Valley Legal Clinic"])
        #expect(referrals.center.name == "Eastside Center")
    }

    @Test func aCardOfAnotherKindOrNoSiteShowsNothing() throws {
        let legalOnly = doorCards.filter { $0.id == "calls" }
        let referrals = try #require(SiteReferrals(site: try site(), cards: legalOnly, languageTag: "en"))
        #expect(referrals.entries.map(\.service.name) == ["Valley Legal Clinic"])
        var none = doorCards
        for index in none.indices { none[index].referrals = [.health] }
        #expect(SiteReferrals(site: try site(), cards: none, languageTag: "en") == nil)
        #expect(SiteReferrals(site: nil, cards: doorCards, languageTag: "en") == nil)
    }

    @Test func theTextNamesTheCenterThePhoneAndTheDayLastCheckedInWords() throws {
        let referrals = try #require(SiteReferrals(site: try site(), cards: doorCards, languageTag: "en"))
        let text = referrals.text(interface: { CFormat.format($0.english, $1) }, languageTag: "en", englishNotice: "NOTICE")
        #expect(text.heading == "Help near you, from Eastside Center")
        #expect(text.hours == ["Hours: Mon-Fri 9-5"])
        #expect(text.notice == nil)
        #expect(text.services.first?.title == "Eastside Rapid Response (Eastside Network)")
        #expect(text.services.first?.details == ["Report agents and get someone to come.", "Phone: 555-0100",
                                                 "Last checked December 2, 2026"])
        #expect(text.services.last?.details.last == "Last checked November 20, 2026")
    }

    @Test func aTranslatedServiceIsInThePersonsLanguageAndTheRestInEnglishWithANotice() throws {
        let site = try site(translations: ["es": ["22222222-2222-4222-8222-222222222222":
                                                       ("Clínica Legal del Valle", "Ayuda legal gratuita.")]])
        let referrals = try #require(SiteReferrals(site: site, cards: doorCards, languageTag: "es"))
        #expect(referrals.entries.map(\.translated) == [false, true])
        #expect(referrals.entries.map(\.words.name) == ["Eastside Rapid Response", "Clínica Legal del Valle"])
        let text = referrals.text(interface: { CFormat.format($0.english, $1) }, languageTag: "es", englishNotice: "EN INGLÉS")
        #expect(text.notice == "EN INGLÉS", "the center's own name and hours are not translated")
        #expect(text.services.map(\.notice) == ["EN INGLÉS", nil])
        #expect(text.services.last?.details.last == "Last checked 20 de noviembre de 2026")
    }

    @Test func aSiteWithNothingTranslatedSaysSoOnceUnderItsHeading() throws {
        let referrals = try #require(SiteReferrals(site: try site(), cards: doorCards, languageTag: "vi"))
        let text = referrals.text(interface: { CFormat.format($0.english, $1) }, languageTag: "vi", englishNotice: "N")
        #expect(text.notice == "N")
        #expect(text.services.allSatisfy { $0.notice == nil })
    }

    @Test func aTranslationOfAServiceTheSiteDoesNotHaveIsAnError() throws {
        let directory = try TestSite.makeDirectory(translations: ["es": ["22222222-2222-4222-8222-222222222222": ("Clínica", "Ayuda.")]])
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let text = try String(contentsOfFile: directory + "/es/services.json", encoding: .utf8)
        try text.replacingOccurrences(of: "22222222-2222-4222-8222-222222222222", with: "99999999-2222-4222-8222-222222222222")
            .write(toFile: directory + "/es/services.json", atomically: true, encoding: .utf8)
        let result = SiteLoader.load(directory: directory, today: LocalDate("2026-12-02")!)
        #expect(result.site == nil)
        #expect(result.diagnostics.map(\.code) == [.badSiteValue])
        #expect(result.diagnostics.first?.location.file == directory + "/es/services.json")
        #expect(result.diagnostics.first?.message.contains("which no service of services.json has") == true)
    }

    @Test func theShippedFlowsCallForHelpWhereTheyTellAPersonToCall() {
        let flows = FlowLoader.yamlFiles(in: TestContentFiles.packageRoot + "/Flows").flatMap { file in
            FlowLoader.load(file: file, facts: FactLoader.load(directory: TestContentFiles.packageRoot + "/Facts").base).flows
        }
        let kinds = Dictionary(uniqueKeysWithValues: flows.map { flow in
            (flow.id, Set(flow.cards.flatMap(\.referrals)))
        })
        #expect(kinds["workplace-raid"] == [.rapidResponse, .legalAid, .labor])
        #expect(kinds["police-contact"] == [.rapidResponse, .legalAid, .generalHelp])
        #expect(kinds["public-services"] == Set(ReferralKind.allCases))
        // Every card with a phone contact names the help it calls for, except where it sends the
        // person to a government office the kinds do not cover.
        let withPhone = flows.flatMap(\.cards).filter { $0.contacts.contains { $0.phone != nil } }
        #expect(withPhone.filter { $0.referrals.isEmpty }.map(\.id) == [])
    }
}
