/// Writes PO files in the layout GNU gettext uses: comments, then `msgctxt`, `msgid`,
/// `msgstr`; strings longer than a line, or with `\n` inside, split over several lines.
public enum POWriter {
    /// The widest line written (as `msgmerge` does by default).
    public static let width = 79

    /// The whole file: header first, then entries, then obsolete entries, one blank line between.
    public static func write(_ file: POFile) -> String {
        var blocks: [String] = []
        if let header = file.header {
            var entry = header.entry
            entry.context = nil
            entry.id = ""
            entry.strings = [header.text]
            blocks.append(write(entry))
        }
        blocks += file.entries.map(write)
        blocks += file.obsoleteEntries.map { entry in
            var obsolete = entry
            obsolete.isObsolete = true
            return write(obsolete)
        }
        return blocks.joined(separator: "\n")
    }

    /// One entry, ending with a newline.
    public static func write(_ entry: POEntry) -> String {
        var lines: [String] = []
        lines += entry.translatorComments.map { $0.isEmpty ? "#" : "# " + $0 }
        lines += entry.extractedComments.map { "#. " + $0 }
        lines += entry.references.map { "#: " + $0 }
        if !entry.flags.isEmpty { lines.append("#, " + entry.flags.joined(separator: ", ")) }
        let keywordPrefix = entry.isObsolete ? "#~ " : ""
        let previousPrefix = entry.isObsolete ? "#~| " : "#| "
        if let context = entry.previousContext { lines += field("msgctxt", context, prefix: previousPrefix) }
        if let id = entry.previousID { lines += field("msgid", id, prefix: previousPrefix) }
        if let plural = entry.previousIDPlural { lines += field("msgid_plural", plural, prefix: previousPrefix) }
        if let context = entry.context { lines += field("msgctxt", context, prefix: keywordPrefix) }
        lines += field("msgid", entry.id, prefix: keywordPrefix)
        if let plural = entry.idPlural {
            lines += field("msgid_plural", plural, prefix: keywordPrefix)
            for (index, string) in entry.strings.enumerated() {
                lines += field("msgstr[\(index)]", string, prefix: keywordPrefix)
            }
        } else {
            lines += field("msgstr", entry.strings.first ?? "", prefix: keywordPrefix)
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// `keyword "value"`, or `keyword ""` followed by one line per piece.
    static func field(_ keyword: String, _ value: String, prefix: String) -> [String] {
        let single = prefix + keyword + " \"" + escape(value) + "\""
        let pieces = split(value)
        if pieces.count <= 1, single.unicodeScalars.count <= width { return [single] }
        let room = width - prefix.unicodeScalars.count - 2
        return [prefix + keyword + " \"\""] + pieces.flatMap { wrap(escape($0), room: room) }.map { prefix + "\"" + $0 + "\"" }
    }

    /// The text cut after each newline.
    private static func split(_ value: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for scalar in value.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" {
                pieces.append(current)
                current = ""
            }
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    /// An escaped piece cut after spaces so that each part fits in `room` scalars. One pass:
    /// the start moves on, nothing is copied again (a 4 MiB title took 20 s when it was).
    private static func wrap(_ escaped: String, room: Int) -> [String] {
        var parts: [String] = []
        let scalars = Array(escaped.unicodeScalars)
        var start = 0
        while scalars.count - start > room {
            guard let space = scalars[start..<(start + room)].lastIndex(of: " ") else { break }
            parts.append(String(String.UnicodeScalarView(scalars[start...space])))
            start = space + 1
        }
        parts.append(String(String.UnicodeScalarView(scalars[start...])))
        return parts
    }

    /// The C escapes of a PO string.
    public static func escape(_ value: String) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\u{0B}": result += "\\v"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let octal = String(scalar.value, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
