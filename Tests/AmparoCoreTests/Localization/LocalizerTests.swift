import Foundation
import Testing
@testable import AmparoCore

@Suite("Localizer: the never-stale rule")
struct LocalizerTests {
    func flowTexts(_ flow: Flow) -> [Text] {
        [flow.title, flow.summary] + flow.steps.flatMap { [$0.text] + $0.options.map(\.label) }
            + flow.cards.flatMap(\.localizableTexts)
    }

    @Test("a current translation is shown; nothing is marked as a fallback")
    func currentTranslations() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        let spanish = try fixture.spanish()
        let flow = try fixture.flow()
        for text in flowTexts(flow) {
            #expect(!spanish.localize(text).isFallback, "\(text.key)")
        }
        #expect(spanish.localize(flow.title).text == "Ayuda en la puerta")
        #expect(spanish.string(.questionProgress, 2, 5) == "Pregunta 2 de unas 5")
        #expect(spanish.translationStatus == .machineDrafted(detail: "machine-drafted, not yet reviewed by a qualified legal translator"))
        #expect(spanish.translationStatusNotice == InterfaceString.translationStatusMachine.english)
    }

    /// The stale-entry test: one English string changes in a copy of the content; exactly that
    /// string falls back to English, marked, while every other text stays Spanish.
    @Test("changing one English string makes exactly that string fall back")
    func staleEntry() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Flows/door.yaml", replacing: "text: Is someone at your door now?",
                         with: "text: Is someone at your door right now?")
        let flow = try fixture.flow()
        let spanish = try fixture.spanish()
        let fallen = flowTexts(flow).filter { spanish.localize($0).isFallback }
        #expect(fallen.map(\.key) == ["door.step.door.text"])
        let question = spanish.localize(flow.steps[0].text)
        #expect(question.text == "Is someone at your door right now?")
        #expect(question.fallback == .stale)
        #expect(spanish.notice(for: .stale)
                == "Esta parte cambió hace poco. La traducción se está actualizando, por eso se muestra en inglés.")
        #expect(spanish.localize(flow.steps[0].options[0].label).text == "Sí")
    }

    @Test("fuzzy, empty, missing and wrong-placeholder entries fall back, each with its reason")
    func fallbackReasons() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Localization/es.po", replacing: "msgctxt \"door.title\"", with: "#, fuzzy\nmsgctxt \"door.title\"")
        try fixture.edit("Localization/es.po", replacing: "msgstr \"Sí\"", with: "msgstr \"\"")
        try fixture.edit("Localization/es.po", replacing: "msgstr \"Pregunta %d de unas %d\"", with: "msgstr \"Pregunta %d\"")
        let spanish = try fixture.spanish()
        let flow = try fixture.flow()
        #expect(spanish.localize(flow.title).fallback == .fuzzy)
        #expect(spanish.localize(flow.title).text == "Help at the door")
        #expect(spanish.localize(flow.steps[0].options[0].label).fallback == .untranslated)
        #expect(spanish.localize(InterfaceString.quit).fallback == .missing)
        #expect(spanish.localize(.questionProgress, 2, 5).text == "Question 2 of about 5")
        #expect(spanish.localize(.questionProgress, 2, 5).fallback == .formatMismatch)
        #expect(FallbackReason.untranslated.notice == .noticeMissing)
        #expect(FallbackReason.fuzzy.notice == .noticeStale)
    }

    @Test("a card falls back as a whole when one part is not current")
    func wholeCardFallback() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Flows/door.yaml", replacing: "say: Please slide the warrant under the door.",
                         with: "say: Please slide the warrant under the door, or hold it to the window.")
        let flow = try fixture.flow()
        let spanish = try fixture.spanish()
        let warrant = spanish.localize(card: flow.cards[1])
        #expect(warrant.fallback == .stale)
        #expect(warrant.parts.map(\.text) == flow.cards[1].localizableTexts.map(\.english))
        #expect(warrant["door.card.warrant.title"]?.fallback == .restOfCard)
        #expect(warrant["door.card.warrant.say"]?.fallback == .stale)
        let calm = spanish.localize(card: flow.cards[0])
        #expect(!calm.isFallback)
        #expect(calm.parts.map(\.text) == ["Mantenga la calma", "No abra la puerta."])
    }

    @Test("English never falls back; a language without a catalog always does")
    func englishAndMissingCatalog() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        let flow = try fixture.flow()
        #expect(Localizer.english.localize(flow.title) == LocalizedString(key: "door.title", text: "Help at the door", fallback: nil))
        #expect(Localizer.english.translationStatus == .source)
        let korean = try fixture.localization.localizer(for: .korean)
        #expect(korean.localize(flow.title).fallback == .missing)
        #expect(korean.translationStatus == .unrecorded(headerValue: nil))
    }

    @Test("translations are normalized to NFC when the catalog loads")
    func nfc() throws {
        let file = POFile(header: nil, entries: [POEntry(context: "k", id: "Vietnamese", strings: ["Tie\u{302}\u{301}ng Vie\u{323}\u{302}t"])])
        let localizer = Localizer(language: .vietnamese, catalog: Catalog(file: file, tag: "vi"))
        let text = localizer.localize(key: "k", english: "Vietnamese").text
        #expect(Array(text.unicodeScalars) == Array("Ti\u{1EBF}ng Vi\u{1EC7}t".unicodeScalars))
    }

    @Test("a catalog with syntax errors still loads its good entries; the broken ones fall back")
    func brokenCatalog() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Localization/es.po", replacing: "msgstr \"Mantenga la calma\"", with: "msgstr \"Mantenga \\q la calma\"")
        let spanish = try fixture.spanish()
        let flow = try fixture.flow()
        #expect(spanish.catalog?.diagnostics.map(\.code) == [.invalidEscape])
        #expect(spanish.localize(flow.cards[0].title).fallback == .missing)
        #expect(spanish.localize(flow.title).text == "Ayuda en la puerta")
    }
}

@Suite("Localizer: placeholders")
struct LocalizerPlaceholderTests {
    @Test("a percent sign in the translation of plain text is just text")
    func percentInPlainText() {
        let file = POFile(header: nil, entries: [POEntry(context: "k", id: "Half off", strings: ["50%de descuento"])])
        let localizer = Localizer(language: .spanish, catalog: Catalog(file: file, tag: "es"))
        #expect(localizer.localize(key: "k", english: "Half off") == LocalizedString(key: "k", text: "50%de descuento", fallback: nil))
    }
}
