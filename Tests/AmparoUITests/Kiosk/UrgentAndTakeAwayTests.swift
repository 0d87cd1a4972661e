import AmparoTestSupport
import AmparoCore
import Testing

@testable import AmparoUI

@Suite("Urgent screen, take-away and read aloud")
struct UrgentAndTakeAwayTests {
    func run(_ app: App, _ keys: [Key]) {
        for key in keys { app.receive(key) }
    }

    @Test("before a flow: the built-in urgent lines, hotlines and sources; one key returns", arguments: [true, false])
    func builtInUrgent(kiosk: Bool) throws {
        let app = KioskFixture.app(kiosk: kiosk, clock: ManualClock())
        run(app, [.character("2"), .down])
        let before = app.render(width: 80, height: 24)
        app.receive(.character("a"))
        #expect(app.overlay == .urgent)
        let lines = app.render(width: 80, height: 24).text()
        for expected in [
            " If agents are here now", " - Stay silent. You have the right to remain silent.",
            " - Do not sign anything.", " - Say: \"I want to speak to a lawyer.\"", " Who to call:",
            " Checked December 2026",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(lines.contains { $0.contains("U.S. Const. amend. V") })
        // The test flow's urgent card has no contacts: the hotline comes from its other card.
        #expect(lines.contains("   888-624-4752  CHIRLA hotline"))
        #expect(lines.last == " Esc: Back to where I was  PgDn: Scroll  x: Quick exit")
        app.receive(.escape)
        #expect(app.overlay == nil)
        #expect(app.render(width: 80, height: 24) == before)
    }

    @Test("in a flow: the flow's urgent cards; the urgent key again returns to the same question")
    func flowUrgent() throws {
        let app = KioskFixture.app(clock: ManualClock())
        run(app, [.character("2"), .enter, .down])
        let before = app.render(width: 80, height: 24)
        app.receive(.character("!"))
        let lines = app.render(width: 80, height: 24).text()
        #expect(lines.contains(" ! Urgent: You can make phone calls"))
        #expect(!lines.contains { $0.contains("You do not have to open the door") })
        app.receive(.pageDown)
        #expect(app.overlay == .urgent)
        app.receive(.character("a"))
        #expect(app.overlay == nil)
        #expect(app.render(width: 80, height: 24) == before)
    }

    @Test("the urgent screen works over the help, and at 40x12")
    func urgentOverHelpAndSmall() {
        let app = KioskFixture.app(clock: ManualClock())
        run(app, [.character("2"), .character("?"), .character("a")])
        #expect(app.overlay == .urgent)
        let small = app.render(width: 40, height: 12).text()
        #expect(small.contains(" If agents are here now"))
        #expect(small[2].hasSuffix("v") || small.contains { $0.hasSuffix("v") })
    }

    @Test("take-away at the outcome: a QR code beside the words, print, never the answers")
    func takeAway() throws {
        let clock = ManualClock()
        let fakes = FakeServices()
        let app = KioskFixture.app(clock: clock, fakes: fakes)
        app.receive(.character("t"))
        #expect(app.overlay == nil)  // not at the outcome yet
        run(app, KioskFixture.toOutcome + [.character("t")])
        #expect(app.overlay == .takeAway)
        let screen = app.render(width: 80, height: 24)
        let lines = screen.text()
        #expect(lines[1].hasPrefix("▄") || lines[1].hasPrefix("█") || lines[1].hasPrefix("▀") || lines[1].hasPrefix(" "))
        #expect(screen[2, 5].style == .code)
        #expect(lines.contains { $0.contains("Take this with you") })
        #expect(lines.contains { $0.contains("p: Print a card") })
        #expect(!lines.contains { $0.contains("w: Save as text") })  // volunteer mode only
        app.receive(.character("p"))
        let card = try #require(fakes.printed.first)
        #expect(card.agentSide.sayLines == ["I do not consent to your entry. Please slide the warrant under the door."])
        #expect(card.personSide.hotlines == [TakeAwayContact(name: "CHIRLA hotline", phone: "888-624-4752")])
        #expect(!card.document.contains("At home") && !card.document.contains("Phone calls"))
        #expect(app.render(width: 80, height: 24).text().contains { $0.contains("The card was sent to the printer FrontDesk.") })
        fakes.printOutcome = .noPrinter
        app.receive(.character("p"))
        #expect(app.render(width: 80, height: 24).text().contains { $0.contains("There is no printer here.") })
        // Saving is refused outside volunteer mode; Escape closes.
        app.receive(.character("w"))
        #expect(fakes.saved.isEmpty)
        app.receive(.escape)
        #expect(app.overlay == nil && app.isAtOutcome)
    }

    @Test("a bilingual card: English for the agent, Spanish for the person")
    func bilingualCard() throws {
        let spanish: [String: String] = [
            "door.card.rights.title": "No tiene que abrir la puerta",
            "door.card.rights.body": "Los agentes necesitan una orden firmada por un juez.",
            "door.card.rights.now": "Mantenga la puerta cerrada. Pida que pasen la orden por debajo.",
            "door.card.rights.say": "No doy mi consentimiento para que entren.",
            "door.card.rights.contested": "Los tribunales no lo han decidido.",
            "door.card.rights.contact.1.name": "Línea de CHIRLA",
            "door.card.rights.contact.1.hours": "Todos los días",
        ]
        let fakes = FakeServices()
        let app = KioskFixture.app(clock: ManualClock(), fakes: fakes, strings: { tag in
            FakeCatalog.strings(tag, content: tag == "es" ? spanish : [:],
                                interface: tag == "es" ? [.takeAwaySummary: "Qué decir y a quién llamar"] : [:])
        })
        run(app, [.character("1"), .enter, .character("1"), .character("1"), .character("2"), .end, .enter])
        run(app, [.character("t"), .character("p")])
        let card = try #require(fakes.printed.first)
        #expect(card.agentSide.heading == "To the officer")
        #expect(card.agentSide.sayLines == ["I do not consent to your entry. Please slide the warrant under the door."])
        #expect(card.personSide.heading == "Qué decir y a quién llamar")
        #expect(card.personSide.sayLines == ["No doy mi consentimiento para que entren."])
        #expect(card.personSide.hotlines == [TakeAwayContact(name: "Línea de CHIRLA", phone: "888-624-4752")])
    }

    @Test("volunteer mode: the summary is saved to the typed path, with dates and no answers")
    func saveInVolunteerMode() throws {
        let fakes = FakeServices()
        let app = KioskFixture.app(kiosk: false, volunteer: "en", clock: ManualClock(), fakes: fakes)
        run(app, KioskFixture.toOutcome + [.character("t"), .character("w")])
        #expect(app.render(width: 80, height: 24).text().contains { $0.contains("Save to file") })
        run(app, "/tmp/x.txtt".map { Key.character($0) } + [.backspace, .enter])
        let saved = try #require(fakes.saved.first)
        #expect(saved.path == "/tmp/x.txt")
        #expect(saved.text.contains("\"I do not consent to your entry. Please slide the warrant under the door.\""))
        #expect(saved.text.contains("- CHIRLA hotline: 888-624-4752"))
        #expect(saved.text.contains("(Checked November 2026)"))
        #expect(!saved.text.contains("At home") && !saved.text.contains("Phone calls"))
        #expect(app.render(width: 80, height: 24).text().contains { $0.contains("Saved to /tmp/x.txt.") })
    }

    @Test("read aloud: the screen in the person's voice, or a plain 'no voice' in Tagalog")
    func readAloud() throws {
        let fakes = FakeServices()
        let app = KioskFixture.app(readAloud: true, clock: ManualClock(), fakes: fakes, strings: { tag in
            FakeCatalog.strings(tag, content: [:], interface: tag == "tl"
                ? [.readAloudNoVoice: "Walang boses para sa wikang ito."] : [:])
        })
        app.receive(.character("1"))
        #expect(app.render(width: 80, height: 24).text().last?.contains("s: Read aloud") == true)
        app.receive(.character("s"))
        let spoken = try #require(fakes.spoken.first)
        #expect(spoken.voice == "es-419")
        #expect(spoken.text.contains("Help at the door"))
        app.receive(.character("l"))
        app.receive(.character("5"))  // Tagalog (row 5 in `Language.known`, as the real picker shows it)
        app.receive(.character("s"))
        #expect(fakes.spoken.count == 1)
        #expect(app.render(width: 80, height: 24).text().contains(" Walang boses para sa wikang ito."))
    }

    @Test("read aloud is off unless the install turns it on")
    func readAloudOff() {
        let fakes = FakeServices()
        let app = KioskFixture.app(readAloud: false, clock: ManualClock(), fakes: fakes)
        run(app, [.character("2"), .character("s")])
        #expect(fakes.spoken.isEmpty)
        #expect(app.render(width: 80, height: 24).text().last?.contains("Read aloud") == false)
    }
}
