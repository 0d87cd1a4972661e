import AmparoSystem
import ArgumentParser
import Foundation

extension AmparoCommand {
    /// Parses the arguments and runs the command, as ArgumentParser's own `main()` does, except
    /// that its messages go out through ``Console``: they echo the arguments ("unknown option
    /// …", "the value … is invalid"), and an argument may hold escape sequences. First of all,
    /// core dumps go off and the crash guard replaces the runtime's backtracer (`ProcessGuard`).
    static func main() {
        ProcessGuard.install()
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let wizard = wizardDirectly(arguments) {
                try WizardCommand.start(wizard)
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.write(message + "\n") } else { Console.writeError(message + "\n") }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The wizard's options when `arguments` are a start of the wizard with its own options and
    /// nothing else, read without swift-argument-parser (``WizardArguments/read(directly:)``).
    /// Anything else (a subcommand, `--help`, `--version`, an option it does not know) is nil: the
    /// whole parser then reads it and says what is wrong exactly as it always has.
    static func wizardDirectly(_ arguments: [String]) -> WizardArguments? {
        WizardArguments.read(directly: arguments)
    }
}
