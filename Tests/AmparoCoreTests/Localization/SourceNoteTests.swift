import Foundation
import Testing
@testable import AmparoCore

/// A source's `contested` note is prose shown to the person, so it is translated like any other
/// text (key `source.SRC.contested`), and never shown in English without the notice.
@Suite("Source notes: translated, or English with the notice")
struct SourceNoteTests {
    static let note = "Courts disagree on whether an ICE form allows entry."

    /// The localization fixture, with a contested note on its one source (`fourth`).
    private func fixture() throws -> LocalizationFixture {
        let fixture = try LocalizationFixture()
        try fixture.edit("Facts/sources.yaml", replacing: "    as-of: 1791-12-15\n",
                         with: "    as-of: 1791-12-15\n    contested: \(Self.note)\n")
        return fixture
    }

    /// Adds `entry` at the end of the fixture's Spanish catalog.
    private func appendToSpanish(_ fixture: LocalizationFixture, _ entry: String) throws {
        let path = fixture.localization.path + "/es.po"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try (text + "\n" + entry).write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func report(_ fixture: LocalizationFixture) throws -> String {
        let flow = try fixture.flow()
        let spanish = try fixture.spanish()
        let decision = try Decider.decide(flow, answers: ["door": ["yes"]])
        return DecisionReport(decision: decision, language: ReportLanguage(localizer: spanish, flow: flow)).text()
    }

    @Test("the note is a fact-base text and a template entry under source.SRC.contested")
    func extracted() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let flow = try fixture.flow()
        let note = try #require(flow.source("fourth")?.contested)
        #expect(note.key == "source.fourth.contested")
        #expect(note.english == Self.note)
        #expect(flow.factBase.texts.contains(note))
        #expect(!flow.texts.contains(note))
        let template = try POParser.parse(try fixture.workspace.template().text, file: "amparo.pot").get()
        let entry = try #require(template.entries.first { $0.context == "source.fourth.contested" })
        #expect(entry.id == Self.note)
        #expect(entry.references == ["Facts/sources.yaml:\(note.location.line)"])
        #expect(entry.extractedComments.first?.hasPrefix("After \u{201C}Not settled:\u{201D}, under the source") == true)
        #expect(entry.extractedComments.contains("Keep exactly as written: ICE."))
        // Titles and citations are still not translated.
        #expect(!template.entries.contains { $0.id == "Fourth Amendment" || $0.id == "U.S. Const. amend. IV" })
    }

    @Test("with no translation the note is shown in English under the notice; the card stays Spanish")
    func missingShowsNotice() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let spanish = try fixture.spanish()
        let text = try report(fixture)
        let notice = spanish.notice(for: .missing)
        #expect(text.contains("     - Fourth Amendment, U.S. Const. amend. IV\n"
                              + "     \(notice)\n     Not settled: \(Self.note)\n"))
        #expect(text.contains("1. Mantenga la calma\n"))
        let json = try DecisionReport(decision: try Decider.decide(try fixture.flow(), answers: ["door": ["yes"]]),
                                      language: ReportLanguage(localizer: spanish, flow: try fixture.flow())).json()
        #expect(json.contains("\"contested\" : \"\(Self.note)\""))
        #expect(json.contains("\"notice\" : \"\(notice)\""))
    }

    @Test("a current translation is shown without a notice; an outdated one falls back with the stale notice")
    func translatedThenStale() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        try appendToSpanish(fixture, """
            msgctxt "source.fourth.contested"
            msgid "\(Self.note)"
            msgstr "Los tribunales no están de acuerdo sobre si un formulario de ICE permite entrar."

            """)
        let translated = try report(fixture)
        #expect(translated.contains("     Not settled: Los tribunales no están de acuerdo sobre si un formulario de\n     ICE permite entrar.\n"))
        #expect(!translated.contains(Self.note))
        #expect(!translated.contains(try fixture.spanish().notice(for: .missing)))

        try fixture.edit("Facts/sources.yaml", replacing: "Courts disagree on", with: "Courts still disagree on")
        let stale = try report(fixture)
        #expect(stale.contains("     Esta parte cambió hace poco. La traducción se está actualizando, por eso se\n"))
        #expect(stale.contains("Not settled: Courts still disagree on whether an ICE form allows entry.\n"))
        #expect(!stale.contains("Los tribunales"))
    }

    @Test("the review sheet puts the notice above an untranslated note")
    func reviewSheet() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let flow = try fixture.flow()
        let spanish = try fixture.spanish()
        let sheet = ReviewSheet(flow: flow, language: ReportLanguage(localizer: spanish, flow: flow)).text()
        #expect(sheet.contains("  Translation: \(spanish.notice(for: .missing))\n  Contested: \(Self.note)\n"))
        let english = ReviewSheet(flow: flow).text()
        #expect(english.contains("  Dated: 1791-12-15\n  Contested: \(Self.note)\n"))
        #expect(!english.contains("Translation:"))
    }
}
