import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

/// The wizard's configuration reads the catalogs: languages, `--lang`, preselection, words.
@Suite("Catalogs in the app configuration")
struct CatalogConfigurationTests {
    static let localization = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("AmparoCoreTests/Fixtures/localization/Localization").path

    func configured(requested: String? = nil, environment: [String: String] = [:]) throws -> AppConfiguration {
        var configuration = AppConfiguration(flows: [], languages: [])
        try configuration.useCatalogs(in: LocalizationDirectory(path: Self.localization), requested: requested,
                                      environment: environment)
        return configuration
    }

    @Test("the picker offers every language, Spanish first, and the environment preselects a row")
    func languagesAndPreselection() throws {
        let configuration = try configured(environment: ["LANG": "es_MX.UTF-8"])
        #expect(configuration.languages.map(\.tag) == ["es", "en", "zh-Hans", "zh-Hant", "tl", "vi", "ko"])
        #expect(configuration.languages.first?.endonym == "Español")
        #expect(configuration.preselectedLanguage == "es")
        #expect(configuration.fixedLanguage == nil)
        #expect(try configured(environment: ["LC_ALL": "zh_TW.UTF-8"]).preselectedLanguage == "zh-Hant")
    }

    @Test("--lang takes any spelling of a shipped tag and refuses an unknown one")
    func requestedLanguage() throws {
        #expect(try configured(requested: "zh_TW").fixedLanguage == "zh-Hant")
        #expect(throws: UnknownLanguageError.self) { try configured(requested: "xx") }
    }

    @Test("the words come from the chosen catalog; English stands in, flagged, where it is missing")
    func words() throws {
        let configuration = try configured()
        let spanish = configuration.strings("es")
        #expect(spanish.languageTag == "es")
        #expect(spanish(.back) == "Atrás")
        #expect(spanish(.questionProgress, 2, 5) == "Pregunta 2 de unas 5")
        #expect(spanish(.quit) == "Quit")
        let text = Text(key: "door.title", english: "Help at the door", location: SourceLocation(file: "x", line: 1, column: 1))
        #expect(spanish.text(text) == LocalizedText("Ayuda en la puerta"))
        let changed = Text(key: "door.title", english: "Help at your door", location: text.location)
        #expect(spanish.text(changed) == LocalizedText("Help at your door", fallback: .stale))
        #expect(configuration.strings("ko").text(text) == LocalizedText("Help at the door", fallback: .missing))
        #expect(configuration.translationStatus("es") == .translationStatusMachine)
        #expect(configuration.translationStatus("ko") == .translationStatusUnknown)
        #expect(configuration.translationStatus("en") == nil)
    }

    /// The volunteer view asks for two languages on every frame: each catalog is read and
    /// parsed once, not once a frame (a one-entry cache used to thrash between them).
    @Test("in volunteer mode each catalog is parsed once, however many frames are drawn")
    func eachCatalogIsParsedOnce() throws {
        var configuration = try configured(requested: "es")
        configuration.flows = [TestContentFiles.doorFlow]
        configuration.volunteerLanguage = "ko"
        let app = App(configuration: configuration)
        app.handle(.confirm)
        for width in [80, 120, 80, 120, 100, 90] {
            _ = app.render(width: width, height: 30)
            app.handle(.down)
        }
        let catalogs = try #require(configuration.catalogs)
        #expect(catalogs.loadCount(for: "es") == 1)
        #expect(catalogs.loadCount(for: "ko") == 1)
    }
}
