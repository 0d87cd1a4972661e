import AmparoCore
import AmparoCurses
import ArgumentParser
import Foundation

/// The root command: runs the wizard, or one of the subcommands.
@main
struct AmparoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "amparo",
        abstract: "A know-your-rights screening wizard.",
        discussion: """
        With no subcommand, runs the wizard: full screen when standard output is a terminal, \
        otherwise (or with --plain) one line at a time.
        """,
        version: Amparo.version,
        subcommands: [
            ValidateCommand.self, KioskPinCommand.self,
            DecideCommand.self, PathsCommand.self, GraphCommand.self, ReviewCommand.self,
        ]
    )

    @OptionGroup var wizard: WizardOptions

    func run() throws {
        let flowID = wizard.flow
        try WizardLauncher.run(wizard.launcherOptions, environment: ProcessInfo.processInfo.environment,
                               plainFront: { configuration in try PlainLauncher.run(configuration, flowID: flowID) })
    }
}
