import AmparoCore
import AmparoSystem
import AmparoUI
import ArgumentParser

/// `amparo kiosk-pin`: reads a staff PIN and prints the config line that holds its scrypt key.
struct KioskPinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk-pin",
        abstract: "Make the staff PIN lines for the kiosk config file.",
        discussion: """
            Reads the PIN (6 to 64 printable ASCII characters, no spaces) from standard input \
            (without echo, and twice, on a terminal) and prints the line \
            `staff-pin = scrypt:15:8:1:SALT:KEY` for /etc/amparo/kiosk.conf: scrypt (RFC 7914) \
            with a random salt, N = 2^15, r = 8, p = 1 (32 MiB and about a tenth of a second a \
            guess). The PIN itself is not stored anywhere.
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
        Console.write(StaffPin(pin: pin).configLine)
    }
}
