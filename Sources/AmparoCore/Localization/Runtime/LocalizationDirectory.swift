import Foundation

/// The `Localization/` folder: `amparo.pot` and one `<tag>.po` per shipped language.
/// Only the chosen language's catalog is read, when it is chosen.
public struct LocalizationDirectory: Sendable {
    /// The template's file name.
    public static let templateName = "amparo.pot"

    /// The folder.
    public let path: String
    /// A verified compiled bundle of the content (``ContentBundle``): a catalog it holds is taken
    /// from it, already read, instead of from the folder's `.po`. If that catalog's file is not
    /// the one the bundle lists, the language is shown in English with the notice that its
    /// translation is missing, never from a `.po` that was not checked.
    public var compiled: ContentBundle?

    /// Uses the folder at `path` (it need not exist: then only English is available).
    public init(path: String) {
        self.path = path
    }

    /// The `Localization/` beside the `Flows/` folder that holds `flowFile`; failing that, the
    /// content directory's (found as the wizard finds it); failing that, `Localization` here.
    public init(forFlowAt flowFile: String, environment: [String: String] = ProcessEnvironment.current()) {
        let flows = (flowFile as NSString).deletingLastPathComponent
        let beside = ((flows as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Localization")
        if (flows as NSString).lastPathComponent == "Flows", FileManager.default.fileExists(atPath: beside) {
            self.init(path: beside)
        } else {
            self.init(path: ContentLocator.locate(environment: environment)?.localization ?? "Localization")
        }
    }

    /// The template's path.
    public var templatePath: String { path + "/" + Self.templateName }

    /// The catalog path for a language (`Localization/es.po`).
    public func catalogPath(for language: Language) -> String {
        path + "/" + language.tag + ".po"
    }

    /// The languages the picker offers: every language Amparo knows, in the picker's order.
    /// A language whose catalog is absent is still offered; all its text is then shown in
    /// English with the "not translated yet" notice, never silently.
    public func availableLanguages() -> [Language] {
        Language.known
    }

    /// The languages whose catalogs exist (English included), in the picker's order. Checks that
    /// the files exist without reading them.
    public func shippedLanguages() -> [Language] {
        Language.known.filter { $0.isSource || FileManager.default.fileExists(atPath: catalogPath(for: $0)) }
    }

    /// A localizer for `language`, reading its catalog now (only that one file). A language
    /// with no catalog gets a localizer that shows English, marked ``FallbackReason/missing``.
    public func localizer(for language: Language) throws(CatalogLoadError) -> Localizer {
        if language.isSource { return .english }
        if let compiled, compiled.hasCatalog(for: language.tag) {
            return Localizer(language: language, catalog: compiled.catalog(for: language.tag))
        }
        guard FileManager.default.fileExists(atPath: catalogPath(for: language)) else {
            return Localizer(language: language, catalog: nil)
        }
        let catalog = try Catalog.load(path: catalogPath(for: language), tag: language.tag)
        return Localizer(language: language, catalog: catalog)
    }
}
