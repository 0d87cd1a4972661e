/// Reads the kiosk config file: one `key = value` per line, `#` starts a comment.
///
/// ```
/// kiosk = true
/// idle-seconds = 120
/// countdown-seconds = 20
/// staff-pin-sha256 = 5e88…   # made by `amparo kiosk-pin`
/// staff-pin-salt = 9f1c…
/// read-aloud = false
/// ```
///
/// An unknown key, a repeated key or a bad value is an error with its `path:line:col`; every
/// problem in the file is reported at once.
public enum KioskConfigParser {
    /// The keys the file may use, in the order the README documents them.
    public static let keys = [
        "kiosk", "idle-seconds", "countdown-seconds", "staff-pin-sha256", "staff-pin-salt",
        "read-aloud",
    ]

    /// Parses `text` over `base` (the values set before this file), naming `path` in errors.
    public static func parse(
        _ text: String, path: String, over base: KioskConfig = KioskConfig()
    ) throws(KioskConfigError) -> KioskConfig {
        var config = base
        var problems: [KioskConfigDiagnostic] = []
        var seen: [String: Int] = [:]
        var pinHash: (hex: String, line: Int, column: Int)?
        var pinSalt: (hex: String, line: Int, column: Int)?

        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let lineNumber = index + 1
            let line = Array(withoutComment(String(rawLine)))
            func problem(_ column: Int, _ message: String) {
                problems.append(
                    KioskConfigDiagnostic(
                        path: path, line: lineNumber, column: column, message: message))
            }
            guard let first = line.firstIndex(where: { !$0.isWhitespace }) else { continue }
            guard let equals = line.firstIndex(of: "=") else {
                problem(first + 1, "expected `key = value`")
                continue
            }
            let key = String(line[first..<equals]).kioskTrimmed
            let valueStart =
                line[(equals + 1)...].firstIndex(where: { !$0.isWhitespace }) ?? line.count
            let value = String(line[(equals + 1)...]).kioskTrimmed
            let valueColumn = valueStart + 1
            guard keys.contains(key) else {
                let hint = closestKey(to: key).map { "; did you mean `\($0)`?" } ?? ""
                problem(first + 1, "unknown key `\(key)`\(hint)")
                continue
            }
            if let earlier = seen[key] {
                problem(first + 1, "`\(key)` is already set on line \(earlier)")
                continue
            }
            seen[key] = lineNumber
            guard !value.isEmpty else {
                problem(valueColumn, "`\(key)` has no value")
                continue
            }
            switch key {
            case "kiosk", "read-aloud":
                guard let flag = parseBool(value) else {
                    problem(valueColumn, "`\(key)` must be `true` or `false`, not `\(value)`")
                    continue
                }
                if key == "kiosk" { config.kiosk = flag } else { config.readAloud = flag }
            case "idle-seconds", "countdown-seconds":
                guard let seconds = Int(value), (1...86_400).contains(seconds) else {
                    problem(valueColumn, "`\(key)` must be a whole number of seconds from 1 to 86400")
                    continue
                }
                if key == "idle-seconds" {
                    config.idleSeconds = seconds
                } else {
                    config.countdownSeconds = seconds
                }
            case "staff-pin-sha256":
                guard let bytes = HexString.decode(value), bytes.count == 32 else {
                    problem(valueColumn, "`staff-pin-sha256` must be 64 hexadecimal digits")
                    continue
                }
                pinHash = (value, lineNumber, first + 1)
            default:  // staff-pin-salt
                guard let bytes = HexString.decode(value), (1...64).contains(bytes.count) else {
                    problem(valueColumn, "`staff-pin-salt` must be 2 to 128 hexadecimal digits")
                    continue
                }
                pinSalt = (value, lineNumber, first + 1)
            }
        }

        switch (pinHash, pinSalt) {
        case let (hash?, salt?):
            config.staffPin = StaffPin(
                saltHex: salt.hex, hashHex: hash.hex)
        case let (hash?, nil):
            problems.append(
                KioskConfigDiagnostic(
                    path: path, line: hash.line, column: hash.column,
                    message: "`staff-pin-sha256` needs `staff-pin-salt` (run `amparo kiosk-pin`)"))
        case let (nil, salt?):
            problems.append(
                KioskConfigDiagnostic(
                    path: path, line: salt.line, column: salt.column,
                    message: "`staff-pin-salt` is set but `staff-pin-sha256` is not"))
        case (nil, nil):
            break
        }
        guard problems.isEmpty else {
            throw KioskConfigError(problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return config
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

    /// The known key nearest to a misspelt one, when it is close enough to be a typo.
    static func closestKey(to key: String) -> String? {
        let scored = keys.map { ($0, editDistance(Array(key), Array($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 3 else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, cb) in b.enumerated() {
                let current = row[j + 1]
                row[j + 1] = min(row[j + 1] + 1, row[j] + 1, previous + (ca == cb ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    fileprivate var kioskTrimmed: String {
        let scalars = Substring(self).drop(while: \.isWhitespace)
        return String(scalars.reversed().drop(while: \.isWhitespace).reversed())
    }
}
