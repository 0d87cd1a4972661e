import AmparoTestSupport
import AmparoCore
import Foundation
import Testing

@testable import AmparoUI

/// The take-away and read-aloud screens say truthfully what they do: what the QR code holds,
/// that nothing will be heard, and which key keeps the guidance.
@Suite("What the take-away and read aloud really do")
struct TakeAwayTruthTests {
    func run(_ app: App, _ keys: [Key]) {
        for key in keys { app.receive(key) }
    }

    /// A QR encoder whose code is small only for a one-line text: any more does not fit.
    struct OneLineOnly: QREncoding {
        func encode(_ text: String) -> QRMatrix? {
            let size = text.contains("\n") ? 201 : 21
            return QRMatrix(size: size, modules: Array(repeating: false, count: size * size))
        }
    }

    /// The numbers of "In the code: A of B lines to say, and C of D numbers to call."
    func holds(_ lines: [String]) -> [Int]? {
        guard let line = lines.first(where: { $0.contains("In the code:") }) else { return nil }
        return line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    @Test("a code that holds everything says so, with the real counts")
    func holdsEverything() throws {
        let app = KioskFixture.app(clock: ManualClock())
        run(app, KioskFixture.toOutcome + [.character("t")])
        let lines = app.render(width: 80, height: 24).text()
        let numbers = try #require(holds(lines))
        #expect(numbers.count == 4)
        #expect(numbers[0] == numbers[1] && numbers[2] == numbers[3])
        #expect(numbers[1] > 0 && numbers[3] > 0)
        #expect(!lines.contains { $0.contains("too small for all of it") })
    }

    @Test("a code that holds only part says how much, and that a larger window holds more")
    func holdsPart() throws {
        let fakes = FakeServices()
        fakes.qrEncoder = OneLineOnly()
        let app = KioskFixture.app(clock: ManualClock(), fakes: fakes)
        run(app, KioskFixture.toOutcome + [.character("t")])
        let lines = app.render(width: 80, height: 24).text()
        let numbers = try #require(holds(lines))
        // One line fits: the first hotline only, no line to say.
        #expect(numbers[0] == 0 && numbers[1] > 0)
        #expect(numbers[2] == 1)
        #expect(lines.contains { $0.contains("The window is too small for all of it.") })
    }

    @Test("in another language the code carries each line to say with its exact English beneath")
    func bilingualCode() {
        let card = TakeAwayCard(title: "Puerta", say: "No doy mi consentimiento.",
                                englishSay: "I do not consent.", asOf: "2026-11-01",
                                contacts: [TakeAwayContact(name: "CHIRLA", phone: "888-624-4752")])
        let summary = TakeAwaySummary(cards: [card])
        #expect(summary.qrText() == "\"No doy mi consentimiento.\"\nEN: \"I do not consent.\"\nCHIRLA: 888-624-4752")
        #expect(summary.qrContents.first?.sayCount == 1)
        // In English there is no second copy.
        let english = TakeAwayCard(title: "Door", say: "I do not consent.", englishSay: "I do not consent.",
                                   asOf: "2026-11-01", contacts: [])
        #expect(TakeAwaySummary(cards: [english]).qrText() == "\"I do not consent.\"")
    }

    @Test("read aloud with no sound output says so, and starts nothing")
    func noSound() {
        let fakes = FakeServices()
        fakes.hasSound = false
        let app = KioskFixture.app(readAloud: true, clock: ManualClock(), fakes: fakes)
        run(app, [.character("2"), .character("s")])
        #expect(fakes.spoken.isEmpty)
        #expect(app.render(width: 80, height: 24).text().contains { $0.contains("this computer has no sound output") })
        fakes.hasSound = true
        let heard = KioskFixture.app(readAloud: true, clock: ManualClock(), fakes: fakes)
        run(heard, [.character("2"), .character("s")])
        #expect(fakes.spoken.count == 1)
    }

    @Test("help names the take-away key, in and out of a kiosk, at 40 columns too", arguments: [true, false])
    func helpNamesTheTakeAway(kiosk: Bool) {
        let app = KioskFixture.app(kiosk: kiosk, clock: ManualClock())
        run(app, KioskFixture.toOutcome + [.character("?")])
        var seen: [String] = []
        for _ in 0..<12 {
            seen += app.render(width: 40, height: 12).text()
            app.receive(.pageDown)
        }
        #expect(seen.contains { $0.hasPrefix(" t ") && $0.contains("At the guidance: keep") })
    }
}
