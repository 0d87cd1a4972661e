/// `--lang TAG` named a language that is not shipped.
public struct UnknownLanguageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The tag as given.
    public let tag: String
    /// Shipped tags close to it.
    public let suggestions: [String]
    /// Every shipped language.
    public let available: [Language]

    public var description: String {
        let list = available.map { "\($0.tag) (\($0.pickerLabel))" }.joined(separator: ", ")
        let hint = suggestions.isEmpty ? "" : " Did you mean \(suggestions.map { "'\($0)'" }.joined(separator: " or "))?"
        return "unknown language '\(tag)'.\(hint) Shipped languages: \(list)."
    }
}

extension Language {
    /// The shipped language that `tag` names (`--lang TAG`). Accepts the exact tag and the same
    /// spellings as the environment (`es-MX`, `zh_TW`); otherwise throws with a "did you mean".
    public static func resolve(tag: String, among available: [Language]) throws(UnknownLanguageError) -> Language {
        if let language = LanguageTagMatcher.match(tag, among: available) { return language }
        let names = available.flatMap { [$0.tag, $0.englishName, $0.endonym] }
        let byName = available.first { [$0.englishName.lowercased(), $0.endonym.lowercased()].contains(tag.lowercased()) }
        if let byName { return byName }
        let close = EditDistance.suggestions(for: tag, among: names)
        let tags = close.compactMap { name in available.first { [$0.tag, $0.englishName, $0.endonym].contains(name) }?.tag }
        var unique: [String] = []
        for tag in tags where !unique.contains(tag) { unique.append(tag) }
        throw UnknownLanguageError(tag: tag, suggestions: unique, available: available)
    }
}
