import AmparoCore
import AmparoUI
import ArgumentParser

/// `amparo readability`: how long and how hard each card is, and how each outcome reads on a
/// screen.
struct ReadabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readability",
        abstract: "Per card: words, sentences and reading grade; per outcome: words before the first action and PgDn presses.",
        discussion: """
        The grade is Flesch-Kincaid, for English only (other languages: words and characters). Outcomes are \
        measured on the longest set of cards each can show, as the wizard draws them at 80x24 and 40x12.
        """
    )

    @OptionGroup var flowOptions: FlowOptions

    @OptionGroup var language: LanguageOptions

    @ArgumentParser.Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let flow = try flowOptions.load()
        let strings: Strings
        if let tag = language.lang {
            let directory = LocalizationDirectory(forFlowAt: flow.location.file)
            do {
                let found = try Language.resolve(tag: tag, among: directory.availableLanguages())
                strings = Strings(localizer: try directory.localizer(for: found))
            } catch {
                Console.error("\(error)")
                throw ExitCode(1)
            }
        } else {
            strings = .english
        }
        let report = ReadabilityReport(flow: flow, strings: strings)
        Console.write(format == .json ? try report.json() : report.text())
    }
}
