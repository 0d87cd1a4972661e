import AmparoCore
import ArgumentParser

/// The root command. It takes no options of its own: with no subcommand it runs `wizard`, the
/// default subcommand, so `amparo --plain --lang es` and `amparo wizard --plain --lang es` are
/// the same, and each subcommand alone owns its options.
@main
struct AmparoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amparo",
        abstract: "A know-your-rights screening wizard.",
        discussion: """
        With no subcommand, runs the wizard: full screen when standard output is a terminal, \
        otherwise (or with --plain) one line at a time. See 'amparo wizard --help' for its options.
        """,
        version: Amparo.version,
        subcommands: [
            WizardCommand.self, ValidateCommand.self, KioskPinCommand.self, KeygenCommand.self, SignCommand.self, VerifyCommand.self,
            DecideCommand.self, PathsCommand.self, GraphCommand.self, ReviewCommand.self, FactsCommand.self, ReadabilityCommand.self,
            TranslationsCommand.self, SiteCommand.self,
        ],
        defaultSubcommand: WizardCommand.self
    )
}
