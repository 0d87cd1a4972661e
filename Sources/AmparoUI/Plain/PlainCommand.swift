import Foundation

/// One line typed in the plain line mode.
enum PlainCommand: Equatable {
    /// `b`: back one screen.
    case back
    /// `r`: start over.
    case restart
    /// `q`: leave.
    case quit
    /// `a` or `!`: "agents are here now", the urgent guidance; the same prompt follows.
    case urgent
    /// An empty line (Enter).
    case enter
    /// One or more numbers: `2`, `1,3`, `1 3`.
    case numbers([Int])
    /// Anything else.
    case invalid

    /// Reads a typed line. Letters are matched without regard to case; surrounding spaces are
    /// ignored.
    init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed {
        case "": self = .enter
        case "b": self = .back
        case "r": self = .restart
        case "q": self = .quit
        case "a", "!": self = .urgent
        default:
            let parts = trimmed.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
            let numbers = parts.compactMap { Int($0) }
            self = !parts.isEmpty && numbers.count == parts.count ? .numbers(numbers) : .invalid
        }
    }
}
