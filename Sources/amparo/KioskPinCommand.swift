import AmparoCore
import AmparoSystem
import AmparoUI
import ArgumentParser

/// `amparo kiosk-pin`: reads a staff PIN and prints the two config lines that hold its hash.
struct KioskPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-pin",
        abstract: "Make the staff PIN lines for the kiosk config file.",
        discussion: """
            Reads the PIN from standard input (without echo, and twice, on a terminal) and prints
            `staff-pin-sha256 = …` and `staff-pin-salt = …` for /etc/amparo/kiosk.conf.
            The PIN itself is not stored anywhere.
            """
    )

    func run() throws {
        guard let pin = SecretReader.readLine(prompt: "Staff PIN: ") else {
            throw ValidationError("no PIN was given on standard input")
        }
        if let problem = StaffPin.problem(with: pin) { throw ValidationError(problem) }
        if SecretReader.inputIsTerminal {
            guard SecretReader.readLine(prompt: "Again: ") == pin else {
                throw ValidationError("the two PINs differ; nothing was printed")
            }
        }
        Console.write(StaffPin(pin: pin).configLines)
    }
}
