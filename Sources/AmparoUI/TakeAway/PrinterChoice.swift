/// Which CUPS printer a card goes to, read from `lpstat` output.
public enum PrinterChoice: Equatable, Sendable {
    /// Print to this destination.
    case printer(String)
    /// No printer is configured (or CUPS is not installed): say so plainly.
    case none

    /// The default destination from `lpstat -d`, else the first enabled printer in `lpstat -p`.
    public static func from(lpstatDefault: String, lpstatPrinters: String) -> PrinterChoice {
        for line in lpstatDefault.split(separator: "\n") {
            let prefix = "system default destination: "
            if line.hasPrefix(prefix) {
                let name = line.dropFirst(prefix.count).split(separator: " ").first.map(String.init)
                if let name, !name.isEmpty { return .printer(name) }
            }
        }
        for line in lpstatPrinters.split(separator: "\n") {
            let words = line.split(separator: " ")
            guard words.count >= 3, words[0] == "printer" else { continue }
            if !line.contains(" disabled ") { return .printer(String(words[1])) }
        }
        return .none
    }
}
