import AmparoCore
import AmparoTestSupport
import AmparoUI

/// The shared door flow (every kind of step), loaded through the real loader, and apps on it.
enum TestContent {
    /// The shared door flow's YAML (`Tests/AmparoTestSupport/Content/Flows/door.yaml`).
    static var yaml: String { TestContentFiles.doorYAML }

    /// The door flow, on the test fact base.
    static var flow: Flow { TestContentFiles.doorFlow }

    /// An app on the flow, in English unless `strings` says otherwise.
    static func app(language: String? = "en", languages: [LanguageChoice] = LanguageChoice.shipped,
                    strings: @escaping @Sendable (String) -> Strings = { _ in .english }) -> App {
        App(configuration: AppConfiguration(flows: [flow], languages: languages,
                                            fixedLanguage: language, strings: strings))
    }
}
