/// The espeak-ng voice for a language tag, or nil where espeak-ng has none (Tagalog).
public enum SpeechVoice {
    /// The voice for a BCP 47 tag (`es`, `zh-Hans`, `yue`, `vi`, `ko`, `tl`, `en`, …).
    ///
    /// Spanish reads with the Latin American voice and Vietnamese with the southern one, as
    /// most speakers in California use them. Chinese is Mandarin unless the tag says Cantonese
    /// (`yue`, `zh-yue`) or Hong Kong / Macau (`zh-HK`, `zh-Hant-HK`, `zh-MO`).
    public static func voice(forLanguageTag tag: String) -> String? {
        let parts = tag.lowercased().replacingUnderscores().split(separator: "-").map(String.init)
        guard let language = parts.first else { return nil }
        switch language {
        case "es": return "es-419"
        case "en": return "en-us"
        case "vi": return "vi-vn-x-south"
        case "ko": return "ko"
        case "yue": return "yue"
        case "cmn": return "cmn"
        case "zh":
            let cantonese = parts.dropFirst().contains { ["yue", "hk", "mo"].contains($0) }
            return cantonese ? "yue" : "cmn"
        default: return nil
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
