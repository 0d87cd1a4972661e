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

    /// Reads a typed line. Letters are those of the action table (`ActionTable`), matched
    /// without regard to case; surrounding spaces are ignored.
    init(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
        switch trimmed.isEmpty ? nil : ActionTable.plainAction(for: trimmed) {
        case .back?: self = .back
        case .restart?: self = .restart
        case .quit?: self = .quit
        case .urgent?: self = .urgent
        case _ where trimmed.isEmpty: self = .enter
        default:
            let parts = trimmed.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" })
            let numbers = parts.compactMap { Int($0) }
            self = !parts.isEmpty && numbers.count == parts.count ? .numbers(numbers) : .invalid
        }
    }
}
