/// A site's words in one more language: a folder `Sites/NAME/<tag>/` (a language tag Amparo
/// offers, `es`, `zh-Hant`…) holding a translated copy of `services.json` and, if the center
/// wants its name and hours translated too, of `organization.json`. Phones, dates, kinds and
/// statuses always come from the English files; a translation gives only the words.
public struct SiteTranslation: Equatable, Sendable {
    /// The center's name, description and hours in this language, when `organization.json` is
    /// translated.
    public var center: SiteCenterWords?
    /// Each translated service's words, by the service's id.
    public var services: [String: SiteServiceWords]

    /// Creates a translation.
    public init(center: SiteCenterWords? = nil, services: [String: SiteServiceWords] = [:]) {
        self.center = center
        self.services = services
    }
}

/// The words of a service a person reads: its name, who provides it and what it does.
public struct SiteServiceWords: Hashable, Sendable {
    /// The service's name.
    public var name: String
    /// The organization that provides it.
    public var organizationName: String?
    /// What it does.
    public var description: String?

    /// Creates a service's words.
    public init(name: String, organizationName: String? = nil, description: String? = nil) {
        self.name = name
        self.organizationName = organizationName
        self.description = description
    }
}

/// The words of the center: its name and hours.
public struct SiteCenterWords: Hashable, Sendable {
    /// The center's name.
    public var name: String
    /// Its opening hours.
    public var hours: [String]

    /// Creates a center's words.
    public init(name: String, hours: [String]) {
        self.name = name
        self.hours = hours
    }
}
