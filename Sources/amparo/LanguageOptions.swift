import AmparoCore
import ArgumentParser

/// `--lang TAG` for decide and review.
struct LanguageOptions: ParsableArguments {
    @ArgumentParser.Option(help: ArgumentHelp("The language to print in (a tag such as es or vi); default English.",
                               valueName: "tag"))
    var lang: String?

    /// How reports word the flow's text.
    /// `fallback` is the root command's `--lang` (ArgumentParser gives it the option when both
    /// define it).
    func reportLanguage(for flow: Flow, fallback: String?) throws -> ReportLanguage {
        guard let lang = lang ?? fallback, lang != "en" else { return .english }
        Console.error("language '\(lang)' is not available; only en")
        throw ExitCode(1)
    }
}
