import AmparoCore
import AmparoCurses
import AmparoSystem
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
            DecideCommand.self, PathsCommand.self, GraphCommand.self, ReviewCommand.self, FactsCommand.self,
            TranslationsCommand.self,
        ]
    )

    @OptionGroup var wizard: WizardOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var options = wizard.launcherOptions
        options.kiosk = try KioskSetup.config(kioskFlag: wizard.kiosk, environment: environment)
        options.volunteer = wizard.volunteer
        options.services = KioskSetup.services(for: options.kiosk)
        let flowID = wizard.flow
        try WizardLauncher.run(options, environment: environment,
                               plainFront: { configuration in try PlainLauncher.run(configuration, flowID: flowID) })
    }
}
