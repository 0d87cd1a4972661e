/// The site's part of `amparo decide --format json`: the center and the services the cards call
/// for, each with its phones, its kinds of help and the day it was last checked.
struct SiteJSON: Encodable {
    struct Service: Encodable {
        var id, name: String
        var organization, description, url: String?
        var phones: [String]
        var kinds: [String]
        /// `assured_date`, `YYYY-MM-DD`.
        var lastChecked: String
        /// The "Last checked" line in words, as the fronts show it.
        var lastCheckedText: String
        /// Set when the service is shown in English although another language was chosen.
        var notice: String?
    }

    var center: String
    var hours: [String]
    /// Set when the center's name and hours are in English although another language was chosen.
    var notice: String?
    /// The kinds of help the cards call for, in the vocabulary's order.
    var kinds: [String]
    var services: [Service]

    init(_ referrals: SiteReferrals, text: SiteReferralText) {
        center = referrals.center.name
        hours = referrals.center.hours
        notice = text.notice
        kinds = referrals.kinds.map(\.rawValue)
        services = zip(referrals.entries, text.services).map { entry, shown in
            Service(id: entry.service.id, name: entry.words.name, organization: entry.words.organizationName,
                    description: entry.words.description, url: entry.service.url,
                    phones: entry.service.phones.map(\.number),
                    kinds: entry.service.referralKinds.map(\.rawValue),
                    lastChecked: entry.service.assuredDate.description,
                    lastCheckedText: shown.details.last ?? "",
                    notice: entry.translated ? nil : (text.notice ?? shown.notice))
        }
    }
}
