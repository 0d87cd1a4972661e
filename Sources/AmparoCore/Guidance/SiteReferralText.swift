/// A site's referrals as the fronts show them: a heading with the center's name, its hours,
/// then each service's name and its lines (what it does, phones, web address, "Last checked").
public struct SiteReferralText: Hashable, Sendable {
    /// One service.
    public struct Service: Hashable, Sendable {
        /// Shown above the service when its words are in English although another language was
        /// chosen (and the whole section is not).
        public var notice: String?
        /// Its name and provider.
        public var title: String
        /// What it does, "Phone: …", its web address, "Last checked …".
        public var details: [String]
    }

    /// "Help near you, from <center>".
    public var heading: String
    /// Shown under the heading when the center's words (or all of the section) are in English
    /// although another language was chosen.
    public var notice: String?
    /// "Hours: …".
    public var hours: [String]
    /// The services.
    public var services: [Service] = []
}
