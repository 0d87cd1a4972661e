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
    /// The subject of what holds this mapping (a step or a card), one level only.
    private var ownerArticle: StaticString?
    private var ownerNoun: StaticString?
    private var ownerID: String?

    init(_ article: StaticString?, _ noun: StaticString) {
        self.article = article
        self.noun = noun
    }

    /// A mapping inside `owner`'s ("an option of step 'door'").
    init(_ article: StaticString?, _ noun: StaticString, of owner: MappingSubject) {
        self.init(article, noun)
        ownerArticle = owner.article
        ownerNoun = owner.noun
        ownerID = owner.id
    }

    /// The words: "option 'yes' of step 'door'" when named, "an option of step 'door'" when not.
    var text: String {
        let words = MappingSubject.words(article, noun, id)
        guard let ownerNoun else { return words }
        return words + " of " + MappingSubject.words(ownerArticle, ownerNoun, ownerID)
    }

    private static func words(_ article: StaticString?, _ noun: StaticString, _ id: String?) -> String {
        id.map { "\(noun) '\($0)'" } ?? article.map { "\($0) \(noun)" } ?? noun.description
    }
}
