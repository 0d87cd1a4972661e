import AmparoCore
import ArgumentParser

/// `--lang TAG` for decide and review.
struct LanguageOptions: ParsableArguments {
    @ArgumentParser.Option(help: ArgumentHelp("The language to print in (a tag such as es or vi); default English.",
                               valueName: "tag"))
    var lang: String?

    /// How reports word the flow's text.
    func reportLanguage(for flow: Flow) throws -> ReportLanguage {
        guard let lang else { return .english }
        let directory = LocalizationDirectory(forFlowAt: flow.location.file)
        do {
            let language = try Language.resolve(tag: lang, among: directory.availableLanguages())
            return ReportLanguage(localizer: try directory.localizer(for: language), flow: flow)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
    }
}
