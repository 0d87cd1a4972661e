/// A site's services that an outcome shows: those offering a kind of help the shown cards call
/// for (`referrals:`), after the statewide contacts, in the person's language where the site
/// has translated them. Nothing the person answered reaches the site: only the cards' kinds do.
public struct SiteReferrals: Hashable, Sendable {
    /// One service to show, with its words in the person's language or in English.
    public struct Entry: Hashable, Sendable {
        /// The service (its phones, date and kinds).
        public var service: SiteService
        /// Its name, provider and description, to show.
        public var words: SiteServiceWords
        /// Whether `words` are in the person's language (false: English, with a notice).
        public var translated: Bool
    }

    /// The center's name and hours, to show.
    public var center: SiteCenterWords
    /// Whether `center` is in the person's language.
    public var centerTranslated: Bool
    /// The kinds of help the cards call for, each once, in the vocabulary's order (rapid
    /// response first, general help last).
    public var kinds: [ReferralKind]
    /// The matching services, the first kind's first.
    public var entries: [Entry]

    /// The referrals of `site` for `cards` (in display order) in the language tagged
    /// `languageTag`, or `nil` when there is no site or no active service matches.
    public init?(site: Site?, cards: [Card], languageTag: String) {
        guard let site else { return nil }
        let called = Set(cards.flatMap(\.referrals))
        let kinds = ReferralKind.allCases.filter(called.contains)
        let services = site.services(matching: kinds)
        guard !services.isEmpty else { return nil }
        (center, centerTranslated) = site.centerWords(languageTag: languageTag)
        self.kinds = kinds
        entries = services.map { service in
            let (words, translated) = site.words(of: service, languageTag: languageTag)
            return Entry(service: service, words: words, translated: translated)
        }
    }

    /// The section as lines of text, worded through `interface` (the fronts' interface strings)
    /// with dates in words in `languageTag`; `englishNotice` is the notice shown above words that
    /// are in English although another language was chosen.
    public func text(interface: (InterfaceString, [FormatArgument]) -> String, languageTag: String,
                     englishNotice: String) -> SiteReferralText {
        let allEnglish = entries.allSatisfy { !$0.translated } && !centerTranslated
        var section = SiteReferralText(heading: interface(.siteHeading, [.text(center.name)]),
                                       notice: allEnglish ? englishNotice : (centerTranslated ? nil : englishNotice),
                                       hours: center.hours.map { interface(.contactHours, [.text($0)]) })
        for entry in entries {
            var title = entry.words.name
            if let provider = entry.words.organizationName, provider != entry.words.name { title += " (\(provider))" }
            var details: [String] = []
            if let description = entry.words.description { details.append(description) }
            details += entry.service.phones.map { interface(.contactPhone, [.text($0.number)]) }
            if let url = entry.service.url { details.append(interface(.contactWebsite, [.text(url)])) }
            let date = DateWords.format(entry.service.assuredDate, style: .long, languageTag: languageTag)
            details.append(interface(.siteChecked, [.text(date)]))
            section.services.append(SiteReferralText.Service(
                notice: allEnglish || entry.translated ? nil : englishNotice, title: title, details: details))
        }
        return section
    }
}
