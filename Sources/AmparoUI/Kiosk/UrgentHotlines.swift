import AmparoCore

/// What the built-in urgent screen (before a flow is chosen) shows besides its interface
/// strings: hotlines from the content, and the sources and date of its statements. Shared by
/// the full screen and the plain line mode.
public enum UrgentHotlines {
    /// The sources of the built-in statements (silence, the door); citations are not translated.
    public static let builtInSources = [
        "U.S. Const. amend. IV: Protection from unreasonable searches",
        "U.S. Const. amend. V: The right to remain silent",
    ]
    /// When the built-in statements were last checked against their sources.
    public static let builtInChecked = LocalDate(year: 2026, month: 12, day: 2)!

    /// Hotlines from every flow, each number once, names in `strings`' language: those of urgent
    /// cards first, then the others, at most `limit`. When any name has no current translation,
    /// every name is English and the list says why (a missing translation is never silent).
    public static func collect(from flows: [Flow], strings: Strings, limit: Int = 6) -> UrgentHotlineList {
        let cards = flows.flatMap { $0.cards.filter(\.urgent) } + flows.flatMap { $0.cards.filter { !$0.urgent } }
        var chosen: [Contact] = []
        for contact in cards.flatMap(\.contacts) {
            guard let phone = contact.phone, !chosen.contains(where: { $0.phone == phone }) else { continue }
            chosen.append(contact)
            if chosen.count == limit { break }
        }
        let names = chosen.map { strings.text($0.name) }
        let fallbacks = names.compactMap(\.fallback)
        let fallback: LocalizedText.Fallback? = fallbacks.contains(.stale) ? .stale : fallbacks.first
        let contacts = zip(chosen, names).map { contact, name in
            TakeAwayContact(name: fallback == nil ? name.text : contact.name.englishWords, phone: contact.phone ?? "")
        }
        return UrgentHotlineList(contacts: contacts, fallback: fallback)
    }
}
