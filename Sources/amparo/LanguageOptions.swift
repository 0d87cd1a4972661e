import AmparoCore
import ArgumentParser

/// `--lang TAG` for decide and review.
struct LanguageOptions: ParsableArguments {
    @ArgumentParser.Option(help: ArgumentHelp("The language to print in (a tag such as es or vi); default English.",
                               valueName: "tag"))
    var lang: String?

    /// How reports word the flow's text.
    func reportLanguage(for flow: Flow) throws -> ReportLanguage {
        guard let lang, lang != "en" else { return .english }
        Console.error("language '\(lang)' is not available; only en")
        throw ExitCode(1)
    }
}
