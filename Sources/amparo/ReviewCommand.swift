import AmparoCore
import ArgumentParser

/// `amparo review`: the reviewer's sheet for a supervising attorney.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Print a flow's review sheet: every card in full, its sources, and the answers that show it.",
        discussion: "See docs/content-review.md for how to use it for sign-off."
    )

    @OptionGroup var flowOptions: FlowOptions

    /// The root command, which also parses `--content` and `--lang` when they are given.
    @ParentCommand var root: AmparoCommand

    @OptionGroup var language: LanguageOptions

    func run() throws {
        let flow = try flowOptions.load(contentFallback: root.wizard.content)
        Console.write(ReviewSheet(flow: flow, language: try language.reportLanguage(for: flow, fallback: root.wizard.language)).text())
    }
}
