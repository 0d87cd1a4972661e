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
            var command = try wizardDirectly(Array(CommandLine.arguments.dropFirst())) ?? parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { Console.write(message + "\n") } else { Console.writeError(message + "\n") }
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The arguments of a start of the wizard itself (options only, none that asks for help, a
    /// version or a completion script), parsed with ``WizardCommand`` alone: the same options, read
    /// the same way, without first building and reflecting every subcommand (about a millisecond
    /// of a kiosk's start). Anything else, and any arguments it refuses, is nil: the whole parser
    /// then reads them and says what is wrong exactly as it always has.
    static func wizardDirectly(_ arguments: [String]) -> WizardCommand? {
        let passedOn = ["-h", "--help", "-help", "help", "--version", "--generate-completion-script", "--experimental-dump-help"]
        guard arguments.first.map({ $0.hasPrefix("-") }) ?? true,
              !arguments.contains(where: { passedOn.contains($0) || $0.hasPrefix("--generate-completion-script=") }) else { return nil }
        return try? WizardCommand.parse(arguments)
    }
}
