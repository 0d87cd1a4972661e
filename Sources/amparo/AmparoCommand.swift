import AmparoCore
import ArgumentParser

/// The root command: runs the wizard, or one of the subcommands.
@main
struct AmparoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amparo",
        abstract: "A know-your-rights screening wizard.",
        version: Amparo.version,
        subcommands: [
            ValidateCommand.self,
            DecideCommand.self, PathsCommand.self, GraphCommand.self, ReviewCommand.self,
        ]
    )

    func run() throws {}
}
