/// The kinds of help a guidance card can call for, and a site's services offer: Amparo's own
/// small vocabulary. A site tags a service with one through an HSDS 3.0 attribute whose
/// taxonomy term has `taxonomy: "amparo-referrals"` and the kind as its `code`; terms of other
/// taxonomies (a 211's own codes) are kept out of the way, never guessed at.
public enum ReferralKind: String, CaseIterable, Hashable, Codable, Sendable {
    /// A rapid-response network: report enforcement activity, get someone to come.
    case rapidResponse = "rapid-response"
    /// Free or low-cost legal help: immigration, removal defense, know-your-rights.
    case legalAid = "legal-aid"
    /// Workers' rights: wage theft, retaliation, notices at work.
    case labor
    /// Health care and clinics, Medi-Cal help.
    case health
    /// Food: CalFresh, WIC, food banks.
    case food
    /// General community referrals (2-1-1 and the like).
    case generalHelp = "general-help"

    /// The HSDS taxonomy that carries these kinds.
    public static let taxonomy = "amparo-referrals"
}
