import AmparoCore
import AmparoTestSupport
import Testing

@testable import AmparoUI

@Suite("Volunteer view")
struct VolunteerViewTests {
    static let spanish: [String: String] = [
        "door.title": "Ayuda en la puerta",
        "door.step.where.text": "¿Dónde está usted?",
        "door.step.where.option.home": "En casa",
        "door.step.where.option.work": "En el trabajo",
    ]

    /// Spanish with the step's detail out of date (stale), and a machine-drafted catalog.
    static func app(volunteer: String?) throws -> App {
        let loaded = TestContentFiles.load(yaml: TestContentFiles.doorYAML, file: "door.yaml")
        #expect(!loaded.hasErrors)
        var configuration = AppConfiguration(
            flows: loaded.flows, languages: LanguageChoice.shipped, fixedLanguage: "es",
            strings: { tag in
                guard tag == "es" else { return .english }
                return Strings(
                    languageTag: "es", interface: { $0.english },
                    content: { text in
                        if text.key == "door.step.where.detail" { return LocalizedText(text.english, fallback: .stale) }
                        return spanish[text.key].map { LocalizedText($0) } ?? LocalizedText(text.english, fallback: .missing)
                    })
            })
        configuration.volunteerLanguage = volunteer
        configuration.translationStatus = { $0 == "es" ? .translationStatusMachine : nil }
        let app = App(configuration: configuration)
        app.handle(.confirm)  // the flow
        return app
    }

    @Test("at 120 columns: the person's language and the volunteer's side by side, with the note")
    func sideBySide() throws {
        let app = try Self.app(volunteer: "en")
        let lines = app.render(width: 120, height: 30).text()
        let heading = try #require(lines.firstIndex { $0.contains("│ Volunteer view (English)") })
        #expect(heading == 2)
        #expect(lines.contains { $0.contains("¿Dónde está usted?") && $0.contains("│") })
        #expect(lines.contains { $0.hasPrefix(" 1. En casa") && $0.contains("│") })
        #expect(lines.contains { $0.contains("│ Note for volunteers: Listen for whether the person is") })
        #expect(lines.contains { $0.contains("│ This translation was drafted by a computer program.") })
        #expect(lines.contains { $0.contains("│ This translation is older than the English text.") })
        // The volunteer's side shows the same question in English.
        #expect(lines.contains { $0.contains("│") && $0.hasSuffix("Where are you?") })
        #expect(lines.contains { $0.contains("│ 1. At home") })
    }

    @Test("at 80 columns: stacked, the person's side on top")
    func stacked() throws {
        let app = try Self.app(volunteer: "en")
        let lines = app.render(width: 80, height: 24).text()
        let rule = try #require(lines.firstIndex { $0.hasPrefix(" ────") })
        #expect(lines[rule + 1] == " Volunteer view (English)")
        #expect(lines[..<rule].contains { $0.contains("¿Dónde está usted?") })
        #expect(!lines[..<rule].contains { $0.contains("Note for volunteers") })
        #expect(lines[rule...].contains { $0.contains("Note for volunteers: Listen for whether") })
        #expect(!lines.contains { $0.contains("│") })
    }

    @Test("the volunteer's side follows the person's highlight")
    func followsTheHighlight() throws {
        let app = try Self.app(volunteer: "en")
        app.handle(.down)
        let lines = app.render(width: 120, height: 30).text()
        let row = try #require(lines.firstIndex { $0.contains("│ 2. At work") })
        #expect(app.render(width: 120, height: 30)[70, row].style == .selected)
    }

    @Test("self-service never shows the volunteer note or the split")
    func selfService() throws {
        let app = try Self.app(volunteer: nil)
        for (width, height) in [(80, 24), (120, 30)] {
            let lines = app.render(width: width, height: height).text()
            #expect(!lines.contains { $0.contains("Note for volunteers") || $0.contains("Listen for whether") })
            #expect(!lines.contains { $0.contains("Volunteer view") || $0.contains("│") })
        }
    }

    @Test("at the outcome the volunteer reads the cards in their language")
    func outcome() throws {
        let app = try Self.app(volunteer: "en")
        app.handle(.pick(2))                    // at work, on to "what do you need help with?"
        app.handle(.pick(1))                    // phone calls checked
        app.handle(.confirm)                    // Enter on a checked answer goes on: the outcome
        #expect(app.isAtOutcome)
        let lines = app.render(width: 120, height: 30).text()
        #expect(lines.contains { $0.contains("│ You do not have to open the door") })
    }
}
