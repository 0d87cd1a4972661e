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
        case .keyNotAllowed: return "A key this kind of step does not use (`options` on an info step…)."
        case .emptyText: return "A user-visible text is empty."
        case .unknownKind: return "A step kind other than single, multiple, info or outcome."
        case .conditionSyntax: return "A condition does not parse; the column points at the problem inside the string."
        case .unknownQuestion: return "A condition names a question the flow does not have (or a step that is not a question)."
        case .unknownOption: return "A condition names an option the question does not have (or `unsure` it does not offer)."
        case .comparisonKind: return "A comparison that does not fit the question: `==` on a multiple-choice question, `in` on a single one."
        case .questionMaybeUnasked: return "A condition reads a question not asked on every path reaching it, without an `answered()` guard."
        case .unknownStep: return "`start`, `next` or `to` names a step the flow does not have."
        case .unknownCard: return "An outcome lists a card the flow does not have."
        case .unknownSource: return "A card cites a source the flow does not have."
        case .cardWithoutCitation: return "A card cites no source; every legal statement needs one."
        case .unusedSource: return "A source no card cites (a warning)."
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
        case .reviewedInFuture: return "`reviewed` is in the future."
        case .emoji: return "Emoji in content; terminals disagree on their width (a warning)."
        case .fileNameMismatch: return "The file is not named after the flow's id (a warning)."
        }
    }
}
