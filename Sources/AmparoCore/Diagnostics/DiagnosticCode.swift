/// Every diagnostic Amparo reports, for flows, catalogs and the kiosk config alike. Each code
/// has a fixture in `Tests/AmparoCoreTests/Fixtures/invalid/` and an entry in
/// docs/diagnostics.md; its severity and meaning are in the one table,
/// `DiagnosticCode+Table.swift`.
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
    /// A text longer than `InputLimits.maximumTextLength` (4,000 characters).
    case textTooLong = "AMP008"

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
    /// Text holding a character that could drive the terminal (a control, a bidi override…).
    case controlCharacter = "AMP019"

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
    /// A card's `referrals:` names a kind of help Amparo does not know (`ReferralKind`).
    case unknownReferral = "AMP035"

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
    /// An English card above the reading grade target.
    case readingGradeTooHigh = "AMP068"
    /// An urgent outcome whose first actions do not fit on the first 40x12 screen.
    case urgentActionsDoNotFit = "AMP069"

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

    // Translation catalogs (PO files): syntax
    /// The catalog (or a string's escapes) is not valid UTF-8.
    case catalogNotUTF8 = "AMP500"
    /// A string has no closing quote.
    case unterminatedString = "AMP501"
    /// A backslash escape is not one of `\n \t \" \\ \a \b \f \r \v \? \'`, octal or hex.
    case invalidEscape = "AMP502"
    /// A line is not a comment, a keyword with a string, or a continuation string.
    case unexpectedText = "AMP503"
    /// Keywords out of order, repeated, or missing (`msgstr` with no `msgid`, …).
    case malformedEntry = "AMP504"
    /// `msgstr[N]` does not fit `msgid_plural` or the header's `nplurals`.
    case pluralMismatch = "AMP505"
    /// Two entries with the same `msgctxt` and `msgid`.
    case duplicateEntry = "AMP506"
    /// No header, or a header without `charset=UTF-8`.
    case badHeader = "AMP507"
    /// `Plural-Forms` cannot be read.
    case badPluralForms = "AMP508"

    // Translation catalogs: contents, checked against the flows and interface strings
    /// A translation does not take the same `%d`/`%s` arguments as its English.
    case formatMismatch = "AMP520"
    /// An entry's key is not used by any flow or interface string.
    case unknownCatalogKey = "AMP521"
    /// A catalog is named by a language tag Amparo does not know.
    case unknownLanguage = "AMP522"
    /// The header does not record how the translation was made and reviewed.
    case missingTranslationStatus = "AMP523"
    /// The header's `Language` does not match the file name.
    case languageMismatch = "AMP524"
    /// `Localization/amparo.pot` is out of date with the flows and interface strings.
    case staleTemplate = "AMP525"
    /// A translation contains an emoji.
    case emojiInTranslation = "AMP526"
    /// A `msgctxt`, `msgid` or `msgstr` holding a character that could drive the terminal.
    case controlCharacterInCatalog = "AMP527"

    // The kiosk config (`/etc/amparo/kiosk.conf`, `AMPARO_CONFIG`, `AMPARO_KIOSK`)
    /// The config file cannot be read, or `AMPARO_CONFIG` names no file.
    case unreadableConfig = "AMP600"
    /// A line that is not `key = value`.
    case configSyntax = "AMP601"
    /// A key the config does not know.
    case unknownConfigKey = "AMP602"
    /// A key set twice.
    case repeatedConfigKey = "AMP603"
    /// A value that does not fit its key.
    case badConfigValue = "AMP604"
    /// The old SHA-256 staff PIN record (`staff-pin-sha256`, `staff-pin-salt`).
    case outdatedStaffPin = "AMP605"
    /// Kiosk mode without a staff PIN.
    case kioskWithoutPin = "AMP606"
    /// `AMPARO_KIOSK` is not a yes or a no.
    case badKioskEnvironment = "AMP607"
    /// A config line holding a character that could drive the terminal.
    case controlCharacterInConfig = "AMP608"

    // A site: the center's own referrals (`Sites/NAME/`, Open Referral HSDS 3.0 JSON)
    /// A site file that is not valid JSON.
    case jsonSyntax = "AMP700"
    /// A service last checked (`assured_date`) more than six months ago.
    case staleSiteService = "AMP701"
    /// A service whose languages leave out a language the kiosk offers.
    case siteLanguageMissing = "AMP702"
    /// A referral kind (taxonomy term of `amparo-referrals`) Amparo does not know.
    case unknownReferralKind = "AMP703"
    /// A site value that does not fit its field (an id that is not a UUID, an unknown status, a
    /// phone number with no digits).
    case badSiteValue = "AMP704"
}
