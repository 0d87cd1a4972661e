import AmparoCore
import AmparoCurses
import AmparoSystem
import AmparoUI
import ArgumentParser
import Foundation

/// `amparo wizard` (the default subcommand): runs the wizard, full screen on a terminal,
/// otherwise (or with `--plain`) one line at a time.
struct WizardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: "Run the wizard (the default when no subcommand is given).",
        discussion: """
        Full screen when standard output is a terminal, otherwise (or with --plain) one line at a time. \
        Nothing the person answers is saved.
        """
    )

    @OptionGroup var wizard: WizardOptions

    func run() throws {
        try Self.start(wizard.arguments)
    }

    /// Runs the wizard as `arguments` ask.
    static func start(_ arguments: WizardArguments) throws {
        // A crash or a stray signal restores the terminal and clears what the person saw.
        ProcessGuard.guardTerminal(STDOUT_FILENO)
        // A kiosk restarted after a wipe: what it carried over (read and removed first).
        let carried = ProcessRestart.take(KioskRestart.environmentKey)
        let environment = ProcessEnvironment.current().filter { $0.key != KioskRestart.environmentKey }
        var options = WizardLauncher.Options(plain: arguments.plain, language: arguments.language,
                                             content: arguments.content)
        options.site = arguments.site
        options.kiosk = try KioskSetup.config(kioskFlag: arguments.kiosk, environment: environment)
        options.volunteer = arguments.volunteer
        options.services = KioskSetup.services(for: options.kiosk)
        // A kiosk's wipe starts the program afresh, so nothing of the last person stays in
        // memory (ProcessRestart).
        options.restartsAfterWipe = options.kiosk.kiosk
        let clock = options.services.clock
        options.carriedRestart = carried.flatMap { KioskRestart(environmentValue: $0, at: clock.now()) }
        let flowID = arguments.flow
        try WizardLauncher.run(options, environment: environment,
                               fullScreen: { app in
                                   try CursesFront.run(app, environment: environment)
                                   if let value = app.restartEnvironmentValue {
                                       let reason = ProcessRestart.exec(setting: KioskRestart.environmentKey, to: value)
                                       throw WizardLaunchFailure.restartFailed(reason)
                                   }
                               },
                               plainFront: { configuration in try PlainLauncher.run(configuration, flowID: flowID) },
                               notice: { Console.writeError($0) })
    }
}
