import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoCore

@Suite("Translation template: extract and check")
struct TranslationTemplateTests {
    @Test("extract is deterministic and has no date in it")
    func deterministic() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        let first = try fixture.workspace.template().text
        let second = try TranslationTemplate(flows: [fixture.flow()]).text
        #expect(first == second)
        #expect(!first.contains("POT-Creation-Date"))
        try fixture.workspace.extract()
        let written = try String(contentsOfFile: fixture.localization.templatePath, encoding: .utf8)
        #expect(written == first)
    }

    @Test("every interface string and flow text is in the template, keyed by msgctxt, with notes and references")
    func contents() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        let template = try fixture.workspace.template()
        let parsed = try POParser.parse(template.text, file: "amparo.pot").get()
        #expect(parsed.entries.count == InterfaceString.allCases.count + 12)
        #expect(parsed.header?.charset == "UTF-8")
        let byKey = Dictionary(uniqueKeysWithValues: parsed.entries.map { ($0.context!, $0) })
        let body = try #require(byKey["door.card.warrant.body"])
        #expect(body.id == "An ICE form (I-200 or I-205) is not a judge's warrant.")
        #expect(body.references == ["Flows/door.yaml:30"])
        #expect(body.extractedComments.contains("Keep exactly as written: ICE, I-200, I-205."))
        #expect(body.strings == [""])
        let progress = try #require(byKey["ui.question.progress"])
        #expect(progress.flags == ["c-format"])
        #expect(progress.references == [TranslationTemplate.interfaceStringsFile])
        #expect(byKey["door.card.warrant.contact.1.name"]?.extractedComments.first?.hasPrefix("Name of an organization") == true)
    }

    @Test("msgfmt -c accepts the template", .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/msgfmt")))
    func msgfmtAccepts() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.workspace.extract()
        let run = try TestProcess.run("/usr/bin/msgfmt", ["-c", "-o", "/dev/null", fixture.localization.templatePath])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("check finds a changed English string, a new text, and a missing template")
    func check() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        #expect(try !fixture.workspace.check().exists)
        try fixture.workspace.extract()
        #expect(try fixture.workspace.check().isCurrent)
        try fixture.edit("Flows/door.yaml", replacing: "body: Do not open the door.", with: "body: Do not open the door.\n    say: Stay inside.")
        try fixture.edit("Flows/door.yaml", replacing: "title: Stay calm", with: "title: Keep calm")
        let comparison = try fixture.workspace.check()
        #expect(!comparison.isCurrent)
        #expect(comparison.added == ["door.card.stay-calm.say"])
        #expect(comparison.changed == ["door.card.stay-calm.title"])
        #expect(comparison.removed == [])
        #expect(comparison.message(templatePath: "amparo.pot").hasPrefix("error: amparo.pot is out of date"))
    }

    @Test("status counts translated, fuzzy, stale and missing texts per language")
    func status() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Localization/es.po", replacing: "msgctxt \"door.title\"", with: "#, fuzzy\nmsgctxt \"door.title\"")
        try fixture.edit("Flows/door.yaml", replacing: "body: Do not open the door.", with: "body: Do not open the door yet.")
        let report = try TranslationStatusReport(template: fixture.workspace.template(), directory: fixture.localization)
        let spanish = try #require(report.rows.first)
        #expect(spanish.language == .spanish)
        #expect(spanish.translated == 13)
        #expect(spanish.fuzzy == 1)
        #expect(spanish.stale == 1)
        #expect(spanish.missing == report.total - 15)
        #expect(report.text.contains("machine-drafted, not yet reviewed by a qualified legal translator"))
        #expect(report.rows.last?.hasCatalog == false)
    }

    @Test("update names msgmerge --previous for every catalog present")
    func mergeCommands() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        #expect(fixture.workspace.mergeCommands() == [[
            "msgmerge", "--quiet", "--previous", "--update", "--backup=none", "--no-wrap",
            fixture.localization.path + "/es.po", fixture.localization.path + "/amparo.pot",
        ]])
    }
}
