import Foundation

/// Reads the kiosk config file: one `key = value` per line, `#` starts a comment.
///
/// ```
/// kiosk = true
/// idle-seconds = 120
/// countdown-seconds = 20
/// staff-pin = scrypt:15:8:1:9f1c…:5e88…   # made by `amparo kiosk-pin`
/// read-aloud = false
/// site = /usr/share/amparo/Sites/my-center   # a center's own referrals (docs/site-format.md)
/// content-public-key = 3q…=   # made by `amparo keygen`
/// lp-program = /usr/bin/lp     # also lpstat-program, espeak-ng-program: absolute paths
/// ```
///
/// An unknown key, a repeated key or a bad value is an error with its `path:line:col`; every
/// problem in the file is reported at once.
public enum KioskConfigParser {
    /// The keys the file may use, in the order the README documents them.
    public static let keys = [
        "kiosk", "idle-seconds", "countdown-seconds", "staff-pin", "read-aloud", "site", "content-public-key",
        "lp-program", "lpstat-program", "espeak-ng-program",
    ]

    /// Parses `text` over `base` (the values set before this file), naming `path` in errors.
    public static func parse(
        _ text: String, path: String, over base: KioskConfig = KioskConfig()
    ) throws(KioskConfigError) -> KioskConfig {
        var config = base
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]

        for (index, rawLine) in lines(of: text).enumerated() {
            let lineNumber = index + 1
            func problem(_ column: Int, _ code: DiagnosticCode, _ message: String, suggestion: String? = nil) {
                problems.append(Diagnostic(code, message, at: SourceLocation(file: path, line: lineNumber, column: column),
                                           suggestion: suggestion))
            }
            // Nothing of a line that could drive the terminal is read, or echoed in a message.
            if let (offset, scalar) = rawLine.unicodeScalars.enumerated()
                .first(where: { TerminalSafeText.isUnsafe($0.element) && $0.element != "\t" }) {
                problem(offset + 1, .controlCharacterInConfig,
                        "this line holds \(TerminalSafeText.describe(scalar)), which could drive the terminal; the line is not read")
                continue
            }
            let line = Array(withoutComment(String(rawLine)))
            guard let first = line.firstIndex(where: { !$0.isWhitespace }) else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                problem(first + 1, .configSyntax, "expected `key = value`")
                continue
            }
            let key = string(of: line[first..<equals]).trimmedOfWhitespace
            let valueStart =
                line[(equals + 1)...].firstIndex(where: { !$0.isWhitespace }) ?? line.count
            let value = string(of: line[(equals + 1)...]).trimmedOfWhitespace
            let valueColumn = valueStart + 1
            if outdatedKeys.contains(key) {
                // Said without the value: it is the hash of a secret.
                problem(first + 1, .outdatedStaffPin,
                        "`\(key)` is the old staff PIN record, one SHA-256, which is quick to guess; run `amparo kiosk-pin` and put its `staff-pin` line here instead")
                continue
            }
            guard keys.contains(key) else {
                problem(first + 1, .unknownConfigKey, "unknown key `\(key)`",
                        suggestion: EditDistance.suggestion(for: key, among: keys))
                continue
            }
            if let earlier = seen[key] {
                problem(first + 1, .repeatedConfigKey, "`\(key)` is already set on line \(earlier)")
                continue
            }
            seen[key] = lineNumber
            guard !value.isEmpty else {
                problem(valueColumn, .badConfigValue, "`\(key)` has no value")
                continue
            }
            switch key {
            case "kiosk", "read-aloud":
                guard let flag = parseBool(value) else {
                    problem(valueColumn, .badConfigValue, "`\(key)` must be `true` or `false`, not `\(value)`")
                    continue
                }
                if key == "kiosk" { config.kiosk = flag } else { config.readAloud = flag }
            case "idle-seconds", "countdown-seconds":
                guard let seconds = Int(value), (1...86_400).contains(seconds) else {
                    problem(valueColumn, .badConfigValue, "`\(key)` must be a whole number of seconds from 1 to 86400")
                    continue
                }
                if key == "idle-seconds" {
                    config.idleSeconds = seconds
                } else {
                    config.countdownSeconds = seconds
                }
            case "site":
                // A relative folder is taken from the config file's own folder.
                config.site = value.hasPrefix("/")
                    ? value : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(value)
            case "content-public-key":
                guard ContentSigningKey.publicKey(base64: value) != nil else {
                    problem(valueColumn, .badConfigValue,
                            "`content-public-key` must be a base64 Ed25519 public key (44 characters, from `amparo keygen`)")
                    continue
                }
                config.contentPublicKey = value
            case _ where KioskPrograms.configKeys.contains { $0.key == key }:
                if let why = KioskPrograms.problem(with: value) {
                    problem(valueColumn, .badConfigValue, "`\(key)` \(why)")
                    continue
                }
                if let path = KioskPrograms.configKeys.first(where: { $0.key == key })?.path {
                    config.programs[keyPath: path] = value
                }
            default:  // staff-pin
                switch StaffPin.parse(configValue: value) {
                case .success(let pin): config.staffPin = pin
                case .failure(let error): problem(valueColumn, .badConfigValue, error.message)
                }
            }
        }

        guard problems.isEmpty else {
            throw KioskConfigError(problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        return config
    }

    /// The keys of the old SHA-256 staff PIN record, refused with a pointer to `amparo kiosk-pin`.
    static let outdatedKeys = ["staff-pin-sha256", "staff-pin-salt"]

    /// The lines of `text`, each without its line end: a line feed, or a carriage return and a
    /// line feed (a config saved on Windows). Splitting by `Character` would not do: Swift reads
    /// CR LF as one character, not a line feed.
    /// The characters as one string, appended one at a time: the generic `String(_:)` over a
    /// slice of characters looks up its witnesses at run time the first time, about 0.3 ms of a
    /// kiosk's start.
    private static func string(of characters: ArraySlice<Character>) -> String {
        var text = ""
        for character in characters { text.append(character) }
        return text
    }

    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index] == "\n" {
                var end = index
                if end > start, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
                lines.append(text[start..<end])
                start = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        lines.append(text[start...])
        return lines
    }

    /// `true`/`false` (also `yes`/`no`, `on`/`off`, `1`/`0`), or nil.
    static func parseBool(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "true", "yes", "on", "1": true
        case "false", "no", "off", "0": false
        default: nil
        }
    }

    /// The line without a comment: `#` at the start, or after whitespace.
    static func withoutComment(_ line: String) -> Substring {
        var previousIsSpace = true
        for index in line.indices {
            let character = line[index]
            if character == "#" && previousIsSpace { return line[..<index] }
            previousIsSpace = character.isWhitespace
        }
        return line[...]
    }
}

