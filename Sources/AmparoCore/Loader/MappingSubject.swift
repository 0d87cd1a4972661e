/// What a mapping is, for messages ("step 'door'", "an option of step 'door'", "the flow"). It
/// keeps the parts and puts the words together only when a message needs them: most mappings
/// have no problem, and building a sentence for each cost more than reading it.
struct MappingSubject {
    /// "a", "an", "the", or nothing.
    var article: StaticString?
    /// "step", "option", "'next' rule", "'unsure'".
    var noun: StaticString
    /// The mapping's `id`, when it names itself by one.
    var id: String?
    /// What holds this mapping ("step 'door'"), already in words.
    var owner: String?

    init(_ article: StaticString?, _ noun: StaticString, of owner: String? = nil) {
        self.article = article
        self.noun = noun
        self.owner = owner
    }

    /// The words: "option 'yes' of step 'door'" when named, "an option of step 'door'" when not.
    var text: String {
        var words = id.map { "\(noun) '\($0)'" } ?? article.map { "\($0) \(noun)" } ?? noun.description
        if let owner { words += " of " + owner }
        return words
    }
}
