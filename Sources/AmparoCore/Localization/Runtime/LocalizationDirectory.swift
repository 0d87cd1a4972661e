import Foundation

/// The `Localization/` folder: `amparo.pot` and one `<tag>.po` per shipped language.
/// Only the chosen language's catalog is read, when it is chosen.
public struct LocalizationDirectory: Sendable {
    /// The template's file name.
    public static let templateName = "amparo.pot"

    /// The folder.
    public let path: String

    /// Uses the folder at `path` (it need not exist: then only English is available).
    public init(path: String) {
        self.path = path
    }

    /// The template's path.
    public var templatePath: String { path + "/" + Self.templateName }

    /// The catalog path for a language (`Localization/es.po`).
    public func catalogPath(for language: Language) -> String {
        path + "/" + language.tag + ".po"
    }

    /// English and every known language whose catalog exists, in the picker's order. Checks
    /// that the files exist without reading them.
    public func availableLanguages() -> [Language] {
        Language.known.filter { $0.isSource || FileManager.default.fileExists(atPath: catalogPath(for: $0)) }
    }

    /// The `.po` files present whose names are not a known language tag.
    public func unknownCatalogFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".po") && Language.known(tag: String($0.dropLast(3))) == nil }.sorted()
    }

    /// A localizer for `language`, reading its catalog now.
    public func localizer(for language: Language) throws(CatalogLoadError) -> Localizer {
        if language.isSource { return .english }
        let catalog = try Catalog.load(path: catalogPath(for: language), tag: language.tag)
        return Localizer(language: language, catalog: catalog)
    }
}
