/// Matches the many ways a language is written (`zh_TW.UTF-8`, `es-MX`, `fil`, `zh-Hant-HK`)
/// to one of Amparo's languages.
public enum LanguageTagMatcher {
    /// The language among `available` that `raw` names, or `nil`. Understands POSIX locale names
    /// (`es_MX.UTF-8@euro`) and BCP 47 tags; `C` and `POSIX` name no language.
    public static func match(_ raw: String, among available: [Language]) -> Language? {
        guard let tag = canonicalTag(raw) else { return nil }
        return available.first { $0.tag.lowercased() == tag.lowercased() }
    }

    /// The Amparo tag for `raw` (`zh_TW` → `zh-Hant`, `es_MX` → `es`), or `nil` for `C`, `POSIX`
    /// and empty values.
    public static func canonicalTag(_ raw: String) -> String? {
        var value = raw.trimming(" \t")
        if let at = value.firstIndex(of: "@") { value = String(value[..<at]) }
        if let dot = value.firstIndex(of: ".") { value = String(value[..<dot]) }
        guard !value.isEmpty, value != "C", value != "POSIX" else { return nil }
        let parts = value.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.lowercased() }
        guard let primary = parts.first, !primary.isEmpty else { return nil }
        let subtags = Set(parts.dropFirst())
        switch primary {
        case "zh", "cmn", "yue":
            if subtags.contains("hant") { return "zh-Hant" }
            if subtags.contains("hans") { return "zh-Hans" }
            if !subtags.isDisjoint(with: ["tw", "hk", "mo"]) || primary == "yue" { return "zh-Hant" }
            return "zh-Hans"
        case "fil", "tl": return "tl"
        default: return primary
        }
    }
}
