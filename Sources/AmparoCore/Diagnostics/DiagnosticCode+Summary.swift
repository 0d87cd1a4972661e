extension DiagnosticCode {
    /// A short name, used in fixture file names and docs/diagnostics.md (`AMP010-unknown-key`).
    public var name: String {
        var name = ""
        var previous: Character = "-"
        for character in String(describing: self) {
            if character.isUppercase, previous.isLowercase { name += "-" }
            name += character.lowercased()
            previous = character
        }
        return name
    }

    /// What the code means, in one line (docs/diagnostics.md).
    public var summary: String {
        switch self {
        case .unreadableFile: return "The file cannot be read (it is missing, a directory, or not readable)."
        case .fileTooLarge: return "The file is over the 4 MiB limit; it is refused without being read."
        case .invalidEncoding: return "The file is not UTF-8 text: an invalid byte, a control byte that means binary data, or a character YAML does not allow (U+FFFE, a C1 control)."
        case .emptyFile: return "The file is empty or holds only comments."
        case .yamlSyntax: return "The YAML does not parse (bad indentation, a tab, an unclosed quote, a duplicate key…)."
        case .nestingTooDeep: return "Lists and mappings nest more than 64 levels deep; the parse stops there."
        case .aliasNotAllowed: return "YAML anchors and aliases (`&name`, `*name`) are refused: write each value out."
        case .unknownKey: return "A key the format does not know; a typo is never silently ignored."
        case .wrongType: return "A value of the wrong type (text where a list is expected, a bare `yes` as an id…)."
        case .missingField: return "A required key is missing."
        case .badDate: return "A date that is not a real day written `YYYY-MM-DD`."
        case .badID: return "An id with characters other than lower-case letters, digits, `-` and `_`."
        case .duplicateID: return "Two steps, cards, sources, options of one step, or flows share an id."
        case .keyNotAllowed: return "A key this kind of step or fact does not use (`options` on an info step, `superseded-by` on a current fact…)."
        case .emptyText: return "A user-visible text is empty."
        case .unknownKind: return "A step kind other than single, multiple, info or outcome."
        case .conditionSyntax: return "A condition does not parse; the column points at the problem inside the string."
        case .unknownQuestion: return "A condition names a question the flow does not have (or a step that is not a question)."
        case .unknownOption: return "A condition names an option the question does not have (or `unsure` it does not offer)."
        case .comparisonKind: return "A comparison that does not fit the question: `==` on a multiple-choice question, `in` on a single one."
        case .questionMaybeUnasked: return "A condition reads a question not asked on every path reaching it, without an `answered()` guard."
        case .unknownStep: return "`start`, `next` or `to` names a step the flow does not have."
        case .unknownCard: return "An outcome lists a card the flow does not have."
        case .unknownSource: return "A fact names a source that `Facts/sources.yaml` does not have."
        case .cardWithoutFacts: return "A card rests on no fact; every legal statement needs one (and its sources come through it)."
        case .unusedSource: return "A source no fact names (a warning)."
        case .unreachableStep: return "A step no path from the start reaches."
        case .unreachableCard: return "A card no reachable outcome can show."
        case .deadEnd: return "An info or multiple-choice step with no `next`: the path stops before an outcome."
        case .cycle: return "Steps lead back to themselves; flows must be acyclic so every path ends."
        case .optionWithoutRoute: return "A single-choice answer with no `next` of its own and no `next` on the step."
        case .rulesWithoutDefault: return "`next` rules whose last rule has an `if`, or a default rule that is not last."
        case .reservedOptionID: return "An option uses the id `unsure`, which is reserved for the \"I don't know\" answer."
        case .multipleRoutedByOption: return "An option of a multiple-choice question has its own `next`; route with the step's `next`."
        case .questionWithoutOptions: return "A question with no options."
        case .outcomeWithoutCards: return "An outcome that shows no card for some combination of answers."
        case .checkBudgetExceeded: return "A note: the flow has too many answer combinations to check every outcome exhaustively."
        case .reviewOverdue: return "`review-by` is in the past: the content is stale (a warning)."
        case .reviewInFuture: return "The attorney review's `date` is in the future."
        case .emoji: return "Emoji in content; terminals disagree on their width (a warning)."
        case .fileNameMismatch: return "The file is not named after the flow's id (a warning)."
        case .urgentWithoutNow: return "An urgent card has no `now` line, the action in a few words for the \"do this now\" list."
        case .nowTooLong: return "A `now` line is over 12 words (a warning)."
        case .bareDate: return "A date written `YYYY-MM-DD` in text a person reads; write `{date:YYYY-MM-DD}` so it is shown in words in their language (a warning)."
        case .badDatePlaceholder: return "A `{date:…}` placeholder that is not a real day written `{date:YYYY-MM-DD}`."
        case .unknownFact: return "A card's `facts`, or a fact's `superseded-by`, names a fact that `Facts/` does not have."
        case .supersededFact: return "A card rests on a superseded fact: the law changed, so the card must be rewritten on the fact that replaced it."
        case .unsettledWithoutNote: return "A card rests on a contested or unverified fact but has no `contested` (\"not settled\") note."
        case .dateOverclaims: return "A date claims more currency than it may: a card's `checked` after its facts', a fact's `checked` in the future or before its `as-of`, or a fact's `as-of` after its newest dated source."
        case .factNotChecked: return "A fact no one has checked for six months (a warning): confirm it against its sources and update `checked`."
        case .unusedFact: return "A current fact that no card rests on (a warning)."
        case .reviewIncomplete: return "An attorney review without the reviewer's name, the date, the content digest or the flows reviewed; it is refused and counts as no review."
        case .reviewMismatch: return "An attorney review whose digest is not the content's, or that names a flow that is not there (a warning): the wizard says no lawyer has checked the guidance."
        }
    }
}
