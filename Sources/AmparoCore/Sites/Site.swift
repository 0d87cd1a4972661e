/// A center's own referrals, read from a site folder (`Sites/NAME/`) in Open Referral HSDS 3.0
/// JSON: the center itself (`organization.json`) and the services it refers people to
/// (`services.json`). See docs/site-format.md.
public struct Site: Equatable, Sendable {
    /// The folder the site was read from.
    public var directory: String
    /// The center's name.
    public var name: String
    /// The center's description.
    public var description: String
    /// The center's opening hours, as its schedules describe them ("Mon-Fri 9:00-17:00").
    public var hours: [String]
    /// The services, in file order.
    public var services: [SiteService]
    /// The site's words in other languages, by language tag (`Sites/NAME/<tag>/`).
    public var translations: [String: SiteTranslation]

    /// Creates a site.
    public init(directory: String, name: String, description: String, hours: [String], services: [SiteService],
                translations: [String: SiteTranslation] = [:]) {
        self.directory = directory
        self.name = name
        self.description = description
        self.hours = hours
        self.services = services
        self.translations = translations
    }

    /// The active services that offer `kind`, in file order.
    public func services(for kind: ReferralKind) -> [SiteService] {
        services.filter { $0.status == .active && $0.referralKinds.contains(kind) }
    }

    /// The active services that offer any of `kinds`, each once: those of the first kind first
    /// (in file order), then those of the next kind not yet listed, and so on.
    public func services(matching kinds: [ReferralKind]) -> [SiteService] {
        var seen = Set<String>()
        return kinds.flatMap { services(for: $0) }.filter { seen.insert($0.id).inserted }
    }

    /// The words of `service` in the language tagged `languageTag`, and whether they are in
    /// that language: English (with `translated` false) when the site has no translation of it.
    public func words(of service: SiteService, languageTag: String) -> (words: SiteServiceWords, translated: Bool) {
        let english = SiteServiceWords(name: service.name, organizationName: service.organizationName,
                                       description: service.description)
        if Site.isEnglish(languageTag) { return (english, true) }
        guard let words = translations[languageTag]?.services[service.id] else { return (english, false) }
        return (words, true)
    }

    /// The center's name and hours in the language tagged `languageTag`, and whether they are
    /// in that language.
    public func centerWords(languageTag: String) -> (words: SiteCenterWords, translated: Bool) {
        let english = SiteCenterWords(name: name, hours: hours)
        if Site.isEnglish(languageTag) { return (english, true) }
        guard let words = translations[languageTag]?.center else { return (english, false) }
        return (words, true)
    }

    static func isEnglish(_ tag: String) -> Bool {
        tag.lowercased() == "en" || tag.lowercased().hasPrefix("en-")
    }
}

/// One service of a site (an HSDS 3.0 `service` with its phones, languages and areas).
public struct SiteService: Hashable, Sendable {
    /// HSDS status values.
    public enum Status: String, CaseIterable, Sendable {
        case active, inactive, defunct
        case temporarilyClosed = "temporarily closed"
    }

    /// The service's HSDS id (a UUID).
    public var id: String
    /// The service's name.
    public var name: String
    /// The name of the organization that provides it, when given.
    public var organizationName: String?
    /// What it does.
    public var description: String?
    /// Its status; only active services are shown.
    public var status: Status
    /// Its phone numbers.
    public var phones: [SitePhone]
    /// The languages it is delivered in (ISO 639 codes and names, as the site gives them).
    public var languages: [SiteLanguage]
    /// The areas it serves, by name.
    public var areas: [String]
    /// When the site last checked it (`assured_date`).
    public var assuredDate: LocalDate
    /// Its web address, when given.
    public var url: String?
    /// The kinds of help it offers.
    public var referralKinds: [ReferralKind]
    /// Where the service starts in `services.json`.
    public var location: SourceLocation
}

/// A phone number of a service.
public struct SitePhone: Hashable, Sendable {
    /// The number as the site writes it.
    public var number: String
    /// What the number is for, when given.
    public var description: String?
}

/// A language a service is delivered in.
public struct SiteLanguage: Hashable, Sendable {
    /// The ISO 639-1 or 639-3 code, lower case.
    public var code: String?
    /// The language's name, as the site writes it.
    public var name: String?
}
