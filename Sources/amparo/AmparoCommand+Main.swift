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
            var command = try parseAsRoot()
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
}
