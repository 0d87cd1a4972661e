/// Finds and combines the kiosk settings, weakest first:
/// the defaults, then the config file, then `AMPARO_KIOSK`, then the `--kiosk` flag.
///
/// The config file is `$AMPARO_CONFIG` when that is set (and then it must exist), otherwise
/// `/etc/amparo/kiosk.conf` when it exists.
public enum KioskConfigLoader {
    /// The system-wide config file.
    public static let defaultPath = "/etc/amparo/kiosk.conf"

    /// Resolves the settings.
    /// - Parameters:
    ///   - kioskFlag: whether `--kiosk` was given.
    ///   - environment: the process environment (`AMPARO_CONFIG`, `AMPARO_KIOSK`).
    ///   - readFile: returns a file's text, nil when it does not exist; throws when it exists
    ///     but cannot be read.
    public static func load(
        kioskFlag: Bool,
        environment: [String: String],
        readFile: (String) throws -> String?
    ) throws(KioskConfigError) -> KioskConfig {
        var config = KioskConfig()
        let explicitPath = environment["AMPARO_CONFIG"].flatMap { $0.isEmpty ? nil : $0 }
        let path = explicitPath ?? defaultPath
        let text: String?
        do {
            text = try readFile(path)
        } catch {
            throw KioskConfigError([Diagnostic(.unreadableConfig, "cannot read the file: \(error)", at: .wholeFile(path))])
        }
        if let text {
            config = try KioskConfigParser.parse(text, path: path, over: config)
        } else if explicitPath != nil {
            throw KioskConfigError([Diagnostic(.unreadableConfig, "no such file (named by AMPARO_CONFIG)", at: .wholeFile(path))])
        }
        if let value = environment["AMPARO_KIOSK"], !value.isEmpty {
            guard let flag = KioskConfigParser.parseBool(value) else {
                throw KioskConfigError([Diagnostic(.badKioskEnvironment, "must be 1 or 0 (or true/false), not `\(value)`",
                                                   at: .wholeFile("AMPARO_KIOSK"))])
            }
            config.kiosk = flag
        }
        if kioskFlag { config.kiosk = true }
        if config.kiosk && config.staffPin == nil {
            throw KioskConfigError([Diagnostic(.kioskWithoutPin,
                "kiosk mode needs a staff PIN, or staff could not leave it: run "
                    + "`amparo kiosk-pin` and add its two lines to this file",
                at: .wholeFile(explicitPath ?? defaultPath))])
        }
        return config
    }
}
