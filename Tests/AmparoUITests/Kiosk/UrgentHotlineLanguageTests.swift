import AmparoCore
import Testing

@testable import AmparoUI

/// The built-in urgent screen's hotline names are localized, and never silently English.
@Suite("Hotline names on the built-in urgent screen")
struct UrgentHotlineLanguageTests {
    static let translatedName: [String: String] = ["door.card.rights.contact.1.name": "Línea de CHIRLA"]

    func spanish(_ content: [String: String]) -> Strings {
        FakeCatalog.strings("es", content: content, interface: [.urgentCall: "A quién llamar:"])
    }

    @Test("a translated name is shown in the person's language, with no notice")
    func translated() {
        let list = UrgentHotlines.collect(from: [TestContent.flow], strings: spanish(Self.translatedName))
        #expect(list.contacts == [TakeAwayContact(name: "Línea de CHIRLA", phone: "888-624-4752")])
        #expect(list.fallback == nil)
    }

    @Test("an untranslated name is English and the list says so")
    func untranslated() {
        let list = UrgentHotlines.collect(from: [TestContent.flow], strings: spanish([:]))
        #expect(list.contacts == [TakeAwayContact(name: "CHIRLA hotline", phone: "888-624-4752")])
        #expect(list.fallback == .missing)
    }

    @Test("the full screen shows the notice above English names, and none above translated ones",
          arguments: [false, true])
    func fullScreen(translated: Bool) {
        let content = translated ? Self.translatedName : [:]
        let strings = spanish(content)
        let app = TestContent.app(language: "es", strings: { _ in strings })
        app.receive(.character("a"))
        let lines = app.render(width: 80, height: 40).text()
        let call = lines.firstIndex(of: " A quién llamar:")
        #expect(call != nil)
        let notice = "   " + strings.notice(for: .missing)
        if translated {
            #expect(lines.contains("   888-624-4752  Línea de CHIRLA"))
            #expect(!lines.contains(notice))
        } else {
            #expect(call.map { lines[$0 + 1] } == notice)
            #expect(lines.contains("   888-624-4752  CHIRLA hotline"))
        }
    }

    @Test("the plain line mode shows the same notice")
    func plainMode() {
        let strings = spanish([:])
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped,
                                             fixedLanguage: "es")
        configuration.strings = { _ in strings }
        var output = ""
        var front = PlainFront(configuration: configuration, flowID: nil, reader: ScriptedLineReader(["!", "q"]),
                               output: { output += $0 })
        front.run()
        #expect(output.contains("A quién llamar:\n   " + strings.notice(for: .missing) + "\n   888-624-4752  CHIRLA hotline\n"))
    }
}
