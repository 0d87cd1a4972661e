/// The warnings a site's service earns without being wrong: not checked for six months, or
/// not offered in every language the kiosk offers.
enum SiteCheck {
    static func check(_ service: SiteService, today: LocalDate, offered: [Language], staleAfterMonths: Int) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let cutoff = today.adding(months: -staleAfterMonths)
        if service.assuredDate < cutoff {
            warnings.append(Diagnostic(.staleSiteService,
                "service '\(service.name)' was last checked on \(service.assuredDate), more than \(staleAfterMonths) months before \(today): check it and update \"assured_date\"",
                at: service.location))
        }
        let missing = missingLanguages(of: service, offered: offered)
        if !missing.isEmpty {
            let names = missing.map(\.englishName).joined(separator: ", ")
            let message = service.languages.isEmpty
                ? "service '\(service.name)' lists no languages; the kiosk offers \(names)"
                : "service '\(service.name)' is not listed in \(names), which the kiosk offers"
            warnings.append(Diagnostic(.siteLanguageMissing, message, at: service.location))
        }
        return warnings
    }

    /// ISO 639-3 codes a site may use for a language the kiosk tags with ISO 639-1.
    static let aliases = ["fil": "tl", "tgl": "tl", "cmn": "zh", "yue": "zh", "zho": "zh", "spa": "es", "eng": "en",
                          "vie": "vi", "kor": "ko"]

    /// The offered languages whose ISO 639 code (the tag's first part: `zh` for `zh-Hant`) no
    /// language of the service has.
    static func missingLanguages(of service: SiteService, offered: [Language]) -> [Language] {
        let codes = Set(service.languages.compactMap(\.code).map { code in
            let primary = code.split(separator: "-").first.map(String.init) ?? code
            return aliases[primary] ?? primary
        })
        return offered.filter { language in
            let code = String(language.tag.split(separator: "-").first ?? "")
            return !codes.contains(code)
        }
    }
}
