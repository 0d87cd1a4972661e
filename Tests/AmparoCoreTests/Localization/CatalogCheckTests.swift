import Testing
@testable import AmparoCore

@Suite("Catalog checks in amparo validate")
struct CatalogCheckTests {
    func problems(_ fixture: LocalizationFixture) throws -> [String] {
        try CatalogCheck().check(fixture.localization, flows: [fixture.flow()]).diagnostics.map {
            "\(($0.location.file as NSString).lastPathComponent):\($0.line) \($0.severity.rawValue) \($0.code.rawValue)"
        }
    }

    @Test("each problem is reported with its code's severity")
    func severities() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Localization/es.po", replacing: "msgctxt \"ui.action.back\"", with: "msgctxt \"ui.action.gone\"")
        try fixture.edit("Localization/es.po", replacing: "msgstr \"Pregunta %d de unas %d\"", with: "msgstr \"Pregunta\"")
        let found = try CatalogCheck().check(fixture.localization, flows: [fixture.flow()]).diagnostics
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.severity == $0.code.severity })
    }

    @Test("a catalog over the size limit is refused unread, by validate and by the wizard's loader")
    func sizeLimit() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        let path = fixture.localization.path + "/es.po"
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let limits = InputLimits(maximumFileSize: size - 1)
        let found = CatalogCheck(limits: limits).check(fixture.localization, flows: [try fixture.flow()]).diagnostics
        #expect(found.map(\.code) == [.fileTooLarge], "\(found)")
        #expect(found.first?.message.contains("so it was not read") == true, "\(found)")
        #expect(throws: CatalogLoadError.self) { try Catalog.load(path: path, tag: "es", limits: limits) }
        #expect(try Catalog.load(path: path, tag: "es").keys.isEmpty == false)
        #expect(CatalogCheck(limits: InputLimits(maximumFileSize: size)).check(fixture.localization, flows: [try fixture.flow()])
            .diagnostics.allSatisfy { $0.code != .fileTooLarge })
    }

    @Test("the fixture catalog is clean; a current template is clean")
    func clean() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.workspace.extract()
        #expect(try problems(fixture) == [])
    }

    @Test("syntax errors, wrong placeholders, unknown keys, a wrong Language and no status are reported")
    func problemsFound() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.edit("Localization/es.po", replacing: "msgstr \"Pregunta %d de unas %d\"", with: "msgstr \"Pregunta %s\"")
        try fixture.edit("Localization/es.po", replacing: "msgctxt \"ui.action.back\"", with: "msgctxt \"ui.action.gone\"")
        try fixture.edit("Localization/es.po", replacing: "\"Language: es\\n\"", with: "\"Language: ko\\n\"")
        try fixture.edit("Localization/es.po", replacing: "\"X-Amparo-Translation-Status: machine-drafted, not yet reviewed by a qualified legal translator\\n\"", with: "")
        try fixture.edit("Localization/es.po", replacing: "msgstr \"No abra la puerta.\"", with: "msgstr \"No abra \\q la puerta.\"")
        #expect(try problems(fixture) == [
            "es.po:42 error AMP502",
            "es.po:2 error AMP524",
            "es.po:2 warning AMP523",
            "es.po:60 warning AMP521",
            "es.po:64 error AMP520",
        ])
    }

    @Test("a catalog named for an unknown language, an emoji, and a stale template are warnings")
    func warnings() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.workspace.extract()
        try fixture.edit("Localization/es.po", replacing: "msgstr \"Sí\"", with: "msgstr \"Sí 👍\"")
        try fixture.edit("Flows/door.yaml", replacing: "title: Stay calm", with: "title: Keep calm")
        try "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n".write(
            toFile: fixture.localization.path + "/fr.po", atomically: true, encoding: .utf8)
        #expect(try problems(fixture) == [
            "amparo.pot:1 warning AMP525",
            "es.po:24 warning AMP526",
            "fr.po:1 warning AMP522",
        ])
    }

    @Test("a catalog that cannot be read is an error, never a silent skip")
    func unreadableCatalog() throws {
        let fixture = try LocalizationFixture()
        defer { fixture.remove() }
        try fixture.workspace.extract()
        try FileManager.default.createDirectory(atPath: fixture.localization.path + "/ko.po", withIntermediateDirectories: false)
        #expect(try problems(fixture) == ["ko.po:0 error AMP001"])
    }
}

import Foundation
