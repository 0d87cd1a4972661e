import AmparoCore
import Foundation
import Testing
@testable import AmparoUI

/// The footer keeps its most important hints when it is short of room: in a kiosk, quick exit
/// and "Agents are here now" first; elsewhere "Agents are here now" before restart and help.
@Suite("Footer hints by priority")
struct FooterHintTests {
    static let localization = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Localization").path
    static let languages = ["en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko"]

    /// An app on the first question of the test flow, in `language`, with the shipped catalogs' words.
    func question(language: String, kiosk: Bool) throws -> App {
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: [])
        try configuration.useCatalogs(in: LocalizationDirectory(path: Self.localization), requested: language,
                                      environment: [:])
        configuration.flows = [TestContent.flow]
        configuration.kiosk = KioskConfig(kiosk: kiosk, idleSeconds: 120, countdownSeconds: 20,
                                          staffPin: kiosk ? KioskFixture.pin : nil, readAloud: false)
        let app = App(configuration: configuration)
        app.handle(.confirm)
        #expect(app.session?.currentStepID == "where")
        return app
    }

    /// The actions whose buttons are on the footer row, left to right.
    func footerActions(_ app: App, height: Int) -> [Action] {
        app.regions.filter { $0.y == height - 1 }.compactMap {
            if case .action(let action) = $0.target { return action }
            return nil
        }
    }

    @Test("in a kiosk, quick exit and the urgent key are on the footer at 80 and 40 columns",
          arguments: languages)
    func kiosk(language: String) throws {
        let app = try question(language: language, kiosk: true)
        for (width, height) in [(80, 24), (40, 12)] {
            let screen = app.render(width: width, height: height)
            let actions = footerActions(app, height: height)
            #expect(actions.contains(.quickExit), "\(language) \(width): \(screen.text()[height - 1])")
            #expect(actions.contains(.urgent), "\(language) \(width): \(screen.text()[height - 1])")
            #expect(DisplayWidth.of(screen.text()[height - 1]) <= width)
        }
    }

    @Test("outside a kiosk, the urgent key is on the footer at 80 and 40 columns; restart and help go first",
          arguments: languages)
    func standard(language: String) throws {
        let app = try question(language: language, kiosk: false)
        for (width, height) in [(80, 24), (40, 12)] {
            let screen = app.render(width: width, height: height)
            let actions = footerActions(app, height: height)
            #expect(actions.contains(.urgent), "\(language) \(width): \(screen.text()[height - 1])")
            #expect(actions.contains(.confirm) || !actions.contains(.restart))
            #expect(DisplayWidth.of(screen.text()[height - 1]) <= width)
        }
    }

    @Test("at 80 columns in English every hint that matters is shown in full")
    func englishAt80() throws {
        let app = try question(language: "en", kiosk: false)
        let footer = app.render(width: 80, height: 24).text()[23]
        #expect(footer == " Enter: Select  b: Back  l: Change language  q: Quit  a: Agents are here now")
        let kiosk = try question(language: "en", kiosk: true)
        let kioskFooter = kiosk.render(width: 80, height: 24).text()[23]
        #expect(kioskFooter.contains("a: Agents are here now"))
        #expect(kioskFooter.contains("x: Quick exit"))
    }

    @Test("a first hint too long for the row is cut, never dropped for a lower one")
    func cutNotDropped() {
        let hints = [
            Hint(key: "?", label: "Help", action: .help, priority: 2),
            Hint(key: "a", label: "Agents are here now, right now", action: .urgent, priority: 0),
            Hint(key: "x", label: "Quick exit", action: .quickExit, priority: 1),
        ]
        let format: (String, String) -> String = { "\($0): \($1)" }
        #expect(FrameView.keptHints(hints, format: format, room: 50, gap: 2)
            == [1: "Agents are here now, right now", 2: "Quick exit"])
        // The second hint does not fit beside the first in full: the first is cut to make room,
        // so the two most important keys both stay (seen in Korean at 40 columns).
        #expect(FrameView.keptHints(hints, format: format, room: 40, gap: 2)
            == [1: "Agents are here now, …", 2: "Quick exit"])
        #expect(FrameView.keptHints(hints, format: format, room: 30, gap: 2) == [1: "Agents are here now, right…"])
    }
}
