import Glibc

/// The process's environment variables, read from `environ` the way `getenv` reads them: the
/// first entry of a name wins, and an entry with no `=` is skipped. It replaces Foundation's
/// `ProcessInfo.processInfo.environment`, whose first use sets up all of `ProcessInfo` (about
/// 0.4 ms of a kiosk's start).
public enum ProcessEnvironment {
    /// The variables as they are now.
    public static func current() -> [String: String] {
        var variables: [String: String] = [:]
        // `clearenv` leaves `environ` null, which Glibc's overlay does not say.
        guard var entry = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>(bitPattern: Int(bitPattern: environ)) else {
            return variables
        }
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) {
                let name = String(text[..<equals])
                if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
            }
            entry += 1
        }
        return variables
    }
}
