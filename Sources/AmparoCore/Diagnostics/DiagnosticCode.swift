/// Every diagnostic Amparo reports. Each code has a fixture in
/// `Tests/AmparoCoreTests/Fixtures/invalid/` and an entry in docs/diagnostics.md.
public enum DiagnosticCode: String, Hashable, Codable, Sendable, CaseIterable {
    // Reading the file
    /// The file cannot be read.
    case unreadableFile = "AMP001"
    /// The file is larger than `InputLimits.maximumFileSize` (4 MiB).
    case fileTooLarge = "AMP002"
    /// The file is not valid UTF-8 text (or holds control characters).
    case invalidEncoding = "AMP003"
    /// The file is empty or holds only comments.
    case emptyFile = "AMP004"
    /// YAML syntax error.
    case yamlSyntax = "AMP005"
    /// Nesting deeper than `InputLimits.maximumNesting` (64).
    case nestingTooDeep = "AMP006"
    /// YAML anchors and aliases are not allowed.
    case aliasNotAllowed = "AMP007"

    // Shape of the data
    /// A key the format does not know.
    case unknownKey = "AMP010"
    /// A value of the wrong type.
    case wrongType = "AMP011"
    /// A required key is missing.
    case missingField = "AMP012"
    /// A date that is not a real `YYYY-MM-DD` day.
    case badDate = "AMP013"
    /// An id with characters other than lower-case letters, digits, `-` and `_`.
    case badID = "AMP014"
    /// Two steps, options, cards, sources or flows share an id.
    case duplicateID = "AMP015"
    /// A key that this kind of step does not use.
    case keyNotAllowed = "AMP016"
    /// Text that is empty or only spaces.
    case emptyText = "AMP017"
    /// An unknown step kind.
    case unknownKind = "AMP018"

    // Conditions
    /// A condition that does not parse.
    case conditionSyntax = "AMP020"
    /// A condition names a question the flow does not have.
    case unknownQuestion = "AMP021"
    /// A condition names an option the question does not have.
    case unknownOption = "AMP022"
    /// A comparison that does not fit the question's kind.
    case comparisonKind = "AMP023"
    /// A condition reads a question not asked on every path reaching it.
    case questionMaybeUnasked = "AMP024"

    // References
    /// A `next`, `to` or `start` names a step the flow does not have.
    case unknownStep = "AMP030"
    /// An outcome lists a card the flow does not have.
    case unknownCard = "AMP031"
    /// A fact names a source the fact base does not have.
    case unknownSource = "AMP032"
    /// A card rests on no fact.
    case cardWithoutFacts = "AMP033"
    /// A source that no fact names.
    case unusedSource = "AMP034"

    // Routing and structure
    /// A step no path reaches.
    case unreachableStep = "AMP040"
    /// A card no outcome can show.
    case unreachableCard = "AMP041"
    /// A step that is not an outcome and has no way on.
    case deadEnd = "AMP042"
    /// Steps that lead back to themselves.
    case cycle = "AMP043"
    /// A single-choice option with no route.
    case optionWithoutRoute = "AMP044"
    /// `next:` rules whose last rule has an `if`, or a default that is not last.
    case rulesWithoutDefault = "AMP045"
    /// An option with the reserved id `unsure`.
    case reservedOptionID = "AMP046"
    /// A multiple-choice option with its own `next`.
    case multipleRoutedByOption = "AMP047"
    /// A question with no options.
    case questionWithoutOptions = "AMP048"
    /// An outcome that shows no card for some answers.
    case outcomeWithoutCards = "AMP049"
    /// A check that stopped at its budget (the flow is too large to check exhaustively).
    case checkBudgetExceeded = "AMP050"

    // Freshness and presentation
    /// `review-by` is in the past: the content is stale.
    case reviewOverdue = "AMP060"
    /// The attorney review is dated in the future.
    case reviewInFuture = "AMP061"
    /// Emoji in content (terminals disagree on their width).
    case emoji = "AMP062"
    /// The file name does not match the flow's id.
    case fileNameMismatch = "AMP063"
    /// An urgent card with no `now` line.
    case urgentWithoutNow = "AMP064"
    /// A `now` line over 12 words.
    case nowTooLong = "AMP065"
    /// A date written `YYYY-MM-DD` in text a person reads, instead of a `{date:…}` placeholder.
    case bareDate = "AMP066"
    /// A `{date:…}` placeholder that is not a real day.
    case badDatePlaceholder = "AMP067"

    // Facts
    /// A card or a fact names a fact the fact base does not have.
    case unknownFact = "AMP070"
    /// A card rests on a superseded fact.
    case supersededFact = "AMP071"
    /// A card rests on a contested or unverified fact and has no "not settled" note.
    case unsettledWithoutNote = "AMP072"
    /// A date claims more currency than what it rests on.
    case dateOverclaims = "AMP073"
    /// A fact not checked for six months.
    case factNotChecked = "AMP074"
    /// A current fact that no card rests on.
    case unusedFact = "AMP075"

    // Attorney review
    /// An attorney review without the reviewer, the date, the digest or the flows.
    case reviewIncomplete = "AMP080"
    /// An attorney review that does not match the content it sits in.
    case reviewMismatch = "AMP081"

    /// The severity the code is reported with.
    public var severity: Severity {
        switch self {
        case .unusedSource, .reviewOverdue, .emoji, .fileNameMismatch, .nowTooLong, .bareDate, .factNotChecked,
             .unusedFact, .reviewMismatch: return .warning
        case .checkBudgetExceeded: return .note
        default: return .error
        }
    }
}
