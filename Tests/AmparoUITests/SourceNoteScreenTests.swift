import AmparoCore
import AmparoTestSupport
import Testing
@testable import AmparoUI

/// A source's "not settled" note on the guidance screen and in plain mode: in the person's
/// language, or in English under the same notice as any other text that fell back.
@Suite struct SourceNoteScreenTests {
    static let note = "Some courts read this differently for ICE forms."

    /// The test flow with a contested note on the Fourth Amendment source.
    static let flow: Flow = {
        let facts = TestContentFiles.factBase { name, text in
            name == "sources.yaml" ? text.replacingOccurrences(
                of: "    cite: U.S. Const. amend. IV\n",
                with: "    cite: U.S. Const. amend. IV\n    contested: \(note)\n") : text
        }
        precondition(facts.source("fourth-amendment")?.contested != nil)
        return TestContentFiles.flow(yaml: TestContent.yaml, file: "door.yaml", facts: facts)
    }()

    /// Spanish for the card `rights`, and the note only when `withNote`.
    static func spanish(withNote: Bool) -> Strings {
        var content: [String: String] = [
            "door.card.rights.title": "No tiene que abrir la puerta",
            "door.card.rights.body": "Los agentes necesitan una orden firmada por un juez.",
            "door.card.rights.now": "Mantenga la puerta cerrada. Pida que pasen la orden por debajo.",
            "door.card.rights.say": "No doy mi consentimiento para que entren.",
            "door.card.rights.contested": "Los tribunales no lo han decidido.",
            "door.card.rights.contact.1.name": "Línea de CHIRLA",
            "door.card.rights.contact.1.hours": "Todos los días",
        ]
        if withNote { content["source.fourth-amendment.contested"] = "Algunos tribunales lo ven de otro modo." }
        return FakeCatalog.strings("es", content: content,
                                   interface: [.cardContested: "No resuelto:", .noticeMissing: "AVISO: sin traducir."])
    }

    /// home → ICE form → needs: the door → the outcome.
    private func outcomeLines(_ strings: Strings) -> [String] {
        let app = App(configuration: AppConfiguration(flows: [Self.flow], languages: LanguageChoice.shipped,
                                                      fixedLanguage: "es", strings: { _ in strings }))
        app.handle(.confirm)
        app.handle(.pick(1))
        app.handle(.pick(2))
        app.handle(.pick(2))
        app.handle(.last)
        app.handle(.confirm)
        app.handle(.sources)                              // the notes are on the sources screen
        return app.render(width: 80, height: 200).text()
    }

    @Test func anUntranslatedNoteIsShownInEnglishUnderTheNotice() throws {
        let lines = outcomeLines(Self.spanish(withNote: false))
        let citation = try #require(lines.firstIndex(of: "   - U.S. Const. amend. IV: Protection from unreasonable searches"))
        #expect(Array(lines[(citation + 2)...(citation + 3)]) == [
            "     AVISO: sin traducir.",
            "     No resuelto: \(Self.note)",
        ])
        // The card itself is translated: only the note falls back.
        #expect(lines.contains(" No tiene que abrir la puerta"))
    }

    @Test func aTranslatedNoteIsShownWithoutANotice() throws {
        let lines = outcomeLines(Self.spanish(withNote: true))
        let citation = try #require(lines.firstIndex(of: "   - U.S. Const. amend. IV: Protection from unreasonable searches"))
        #expect(lines[citation + 1] == "     https://constitution.congress.gov/constitution/amendment-4/")
        #expect(lines[citation + 2] == "     No resuelto: Algunos tribunales lo ven de otro modo.")
        #expect(lines[citation + 3] == "   Checked November 2026", "an untranslated line says its date in English too")
        #expect(!lines.contains { $0.contains(Self.note) })
    }

    @Test func plainModeShowsTheNoticeAboveAnUntranslatedNote() {
        var output = ""
        let configuration = AppConfiguration(flows: [Self.flow], languages: LanguageChoice.shipped, fixedLanguage: "es",
                                             strings: { _ in Self.spanish(withNote: false) })
        var front = PlainFront(configuration: configuration, flowID: "door", reader: ScriptedLineReader(["1", "2", "2", "q"]),
                               output: { output += $0 })
        front.run()
        #expect(output.contains("- Protection from unreasonable searches, U.S. Const. amend. IV,\n"
                                + "  https://constitution.congress.gov/constitution/amendment-4/.\n"
                                + "  AVISO: sin traducir.\n  No resuelto: \(Self.note)\nChecked November 2026.\n"))
    }
}
