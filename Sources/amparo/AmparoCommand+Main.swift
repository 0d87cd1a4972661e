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
            // A start with the wizard's own options only is read without swift-argument-parser;
            // anything else goes to it, and it says what is wrong as it always has.
            if let wizard = WizardArguments.read(directly: arguments) {
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
}
