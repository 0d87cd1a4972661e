import Foundation

/// One shipped PO catalog (or the English template), read into key → text, independently of the
/// program's own reader, so the end-to-end tests can tell a translated screen from a broken one.
struct ShippedCatalog {
    /// The language tag: `en` for the English template (`amparo.pot`).
    let tag: String
    /// Translated text by key (`msgctxt`); for English, the `msgid`. Untranslated entries are absent.
    let texts: [String: String]

    /// The languages the program ships, English included.
    static let tags = ["en", "es", "zh-Hans", "zh-Hant", "vi", "tl", "ko"]

    /// The flow ids shipped in `Flows/`.
    static let flowIDs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: Paths.root + "/Flows")) ?? [])
        .filter { $0.hasSuffix(".yaml") }
        .map { String($0.dropLast(".yaml".count)) }
        .sorted()

    /// Reads `Localization/<tag>.po`, or `Localization/amparo.pot` for `en`.
    init(tag: String) throws {
        self.tag = tag
        let file = Paths.root + "/Localization/" + (tag == "en" ? "amparo.pot" : tag + ".po")
        texts = Self.parse(try String(contentsOfFile: file, encoding: .utf8), english: tag == "en")
    }

    /// The text of `key`, falling back to the English template's text when this catalog has none.
    func text(_ key: String, english: ShippedCatalog) -> String? {
        texts[key] ?? english.texts[key]
    }

    /// The translated titles of the cards of `flow` in this catalog.
    func cardTitles(of flow: String) -> [String] {
        texts.filter { $0.key.hasPrefix(flow + ".card.") && $0.key.hasSuffix(".title") }.map(\.value)
    }

    private static func parse(_ source: String, english: Bool) -> [String: String] {
        var result: [String: String] = [:]
        var fields: [String: String] = [:]
        var current: String?
        var fuzzy = false
        func finish() {
            if let key = fields["msgctxt"], !fuzzy,
               let text = english ? fields["msgid"] : (fields["msgstr"] ?? fields["msgstr[0]"]), !text.isEmpty {
                result[key] = text
            }
            fields = [:]
            current = nil
            fuzzy = false
        }
        for rawLine in source.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("#,") && line.contains("fuzzy") { fuzzy = true }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("\"") {
                if let current { fields[current, default: ""] += unquote(line) }
                continue
            }
            guard let space = line.firstIndex(of: " ") else { continue }
            let name = String(line[..<space])
            if name == "msgctxt" || (name == "msgid" && fields["msgctxt"] == nil && !fields.isEmpty) { finish() }
            current = name
            fields[name] = unquote(String(line[line.index(after: space)...]))
        }
        finish()
        return result
    }

    private static func unquote(_ quoted: String) -> String {
        var text = quoted.trimmingCharacters(in: .whitespaces)
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return "" }
        text = String(text.dropFirst().dropLast())
        var out = ""
        var escaping = false
        for character in text {
            if escaping {
                switch character {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
