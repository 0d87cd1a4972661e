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

    /// The severity the code is reported with.
    public var severity: Severity { entry.severity }

    /// What the code means, in one line (docs/diagnostics.md).
    public var summary: String { entry.summary }

    /// The one table of codes: each code's severity and meaning. A new code is a case in
    /// `DiagnosticCode.swift`, a row here, and a fixture in `Tests/AmparoCoreTests/Fixtures/invalid/`.
    private var entry: (severity: Severity, summary: String) {
        switch self {
        case .unreadableFile: (.error, "The file cannot be read (it is missing, a directory, or not readable).")
        case .fileTooLarge: (.error, "The file is over the 4 MiB limit; it is refused without being read.")
        case .textTooLong: (.error, "A text (in a flow, a fact, or a catalog's `msgid` or `msgstr`) is over 4,000 characters; it is not read (a catalog entry is not used, so its English is shown). The longest shipped text has under 1,000.")
        case .invalidEncoding: (.error, "The file is not UTF-8 text: an invalid byte, a control byte that means binary data, or a character YAML does not allow (U+FFFE, a C1 control).")
        case .emptyFile: (.error, "The file is empty or holds only comments.")
        case .yamlSyntax: (.error, "The YAML does not parse (bad indentation, a tab, an unclosed quote, a duplicate key…).")
        case .nestingTooDeep: (.error, "Lists and mappings nest more than 64 levels deep; the parse stops there.")
        case .aliasNotAllowed: (.error, "YAML anchors and aliases (`&name`, `*name`) are refused: write each value out.")
        case .unknownKey: (.error, "A key the format does not know; a typo is never silently ignored.")
        case .wrongType: (.error, "A value of the wrong type (text where a list is expected, a bare `yes` as an id…).")
        case .missingField: (.error, "A required key is missing.")
        case .badDate: (.error, "A date that is not a real day written `YYYY-MM-DD`.")
        case .badID: (.error, "An id with characters other than lower-case letters, digits, `-` and `_`.")
        case .duplicateID: (.error, "Two steps, cards, sources, options of one step, or flows share an id.")
        case .keyNotAllowed: (.error, "A key this kind of step or fact does not use (`options` on an info step, `superseded-by` on a current fact…).")
        case .emptyText: (.error, "A user-visible text is empty.")
        case .unknownKind: (.error, "A step kind other than \(ListWording.or(StepKind.allCases.map(\.rawValue))).")
        case .controlCharacter: (.error, "Text holds a character that could drive the terminal: a control character other than a line break (ESC, CR, BS, BEL, NUL, a tab…), DEL, a C1 control, a bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) or U+FEFF. Zero-width joiner and non-joiner are allowed.")
        case .conditionSyntax: (.error, "A condition does not parse; the column points at the problem inside the string.")
        case .unknownQuestion: (.error, "A condition names a question the flow does not have (or a step that is not a question).")
        case .unknownOption: (.error, "A condition names an option the question does not have (or `unsure` it does not offer).")
        case .comparisonKind: (.error, "A comparison that does not fit the question: `==` on a multiple-choice question, `in` on a single one.")
        case .questionMaybeUnasked: (.error, "A condition reads a question not asked on every path reaching it, without an `answered()` guard.")
        case .unknownStep: (.error, "`start`, `next` or `to` names a step the flow does not have.")
        case .unknownCard: (.error, "An outcome lists a card the flow does not have.")
        case .unknownSource: (.error, "A fact names a source that `Facts/sources.yaml` does not have.")
        case .cardWithoutFacts: (.error, "A card rests on no fact; every legal statement needs one (and its sources come through it).")
        case .unusedSource: (.warning, "A source no fact names (a warning).")
        case .unknownReferral: (.error, "A card's `referrals:` names a kind of help that is not one of `rapid-response`, `legal-aid`, `labor`, `health`, `food`, `general-help`.")
        case .unreachableStep: (.error, "A step no path from the start reaches.")
        case .unreachableCard: (.error, "A card no reachable outcome can show.")
        case .deadEnd: (.error, "An info or multiple-choice step with no `next`: the path stops before an outcome.")
        case .cycle: (.error, "Steps lead back to themselves; flows must be acyclic so every path ends.")
        case .optionWithoutRoute: (.error, "A single-choice answer with no `next` of its own and no `next` on the step.")
        case .rulesWithoutDefault: (.error, "`next` rules whose last rule has an `if`, or a default rule that is not last.")
        case .reservedOptionID: (.error, "An option uses the id `unsure`, which is reserved for the \"I don't know\" answer.")
        case .multipleRoutedByOption: (.error, "An option of a multiple-choice question has its own `next`; route with the step's `next`.")
        case .questionWithoutOptions: (.error, "A question with no options.")
        case .outcomeWithoutCards: (.error, "An outcome that shows no card for some combination of answers.")
        case .checkBudgetExceeded: (.note, "A note: the flow has too many answer combinations to check every outcome exhaustively.")
        case .reviewOverdue: (.warning, "`review-by` is in the past: the content is stale (a warning).")
        case .reviewInFuture: (.error, "The attorney review's `date` is in the future.")
        case .emoji: (.warning, "Emoji in content; terminals disagree on their width (a warning).")
        case .fileNameMismatch: (.warning, "The file is not named after the flow's id (a warning).")
        case .urgentWithoutNow: (.error, "An urgent card has no `now` line, the action in a few words for the \"do this now\" list.")
        case .nowTooLong: (.warning, "A `now` line is over 12 words (a warning).")
        case .bareDate: (.warning, "A date written `YYYY-MM-DD` in text a person reads; write `{date:YYYY-MM-DD}` so it is shown in words in their language (a warning).")
        case .readingGradeTooHigh: (.warning, "A card's English reads above grade 8 (Flesch-Kincaid; the target is grade 6-8): shorter sentences and plainer words (a warning; `amparo readability` shows every card's grade).")
        case .urgentActionsDoNotFit: (.warning, "An urgent outcome's first three actions (all of them, when it has fewer) do not fit on the first screen at 40x12, in English or in a shipped catalog's language: shorter `now` lines, in that language (a warning; `amparo readability FLOW --lang TAG` shows the figures).")
        case .badDatePlaceholder: (.error, "A `{date:…}` placeholder that is not a real day written `{date:YYYY-MM-DD}`.")
        case .unknownFact: (.error, "A card's `facts`, or a fact's `superseded-by`, names a fact that `Facts/` does not have.")
        case .supersededFact: (.error, "A card rests on a superseded fact: the law changed, so the card must be rewritten on the fact that replaced it.")
        case .unsettledWithoutNote: (.error, "A card rests on a contested or unverified fact but has no `contested` (\"not settled\") note.")
        case .dateOverclaims: (.error, "A date claims more currency than it may: a card's `checked` after its facts', a fact's `checked` in the future or before its `as-of`, or a fact's `as-of` after its newest dated source.")
        case .factNotChecked: (.warning, "A fact no one has checked for six months (a warning): confirm it against its sources and update `checked`.")
        case .unusedFact: (.warning, "A current fact that no card rests on (a warning).")
        case .reviewIncomplete: (.error, "An attorney review without the reviewer's name, the date, the content digest or the flows reviewed; it is refused and counts as no review.")
        case .reviewMismatch: (.warning, "An attorney review whose digest is not the content's, or that names a flow that is not there (a warning): the wizard says no lawyer has checked the guidance.")
        case .catalogNotUTF8: (.error, "The catalog, or the bytes a string's escapes make, is not valid UTF-8.")
        case .unterminatedString: (.error, "A string has no closing quote.")
        case .invalidEscape: (.error, "An escape is not one of `\\n \\t \\\" \\\\ \\a \\b \\f \\r \\v \\? \\'`, octal or hex, or makes NUL.")
        case .unexpectedText: (.error, "A line is not a comment, a keyword with a string, or a continuation string.")
        case .malformedEntry: (.error, "Keywords missing, repeated or out of order (`msgstr` with no `msgid`, …).")
        case .pluralMismatch: (.error, "`msgstr[N]` does not fit `msgid_plural` or the header's `nplurals`.")
        case .duplicateEntry: (.error, "Two entries with the same `msgctxt` and `msgid`.")
        case .badHeader: (.error, "No header, or a header without `charset=UTF-8`.")
        case .badPluralForms: (.error, "`Plural-Forms` cannot be read, or plural entries have none.")
        case .formatMismatch: (.error, "A translation does not take the same `%d`/`%s` placeholders as its English.")
        case .unknownCatalogKey: (.warning, "An entry's key is no text of the flows or the interface (run `amparo translations update`).")
        case .unknownLanguage: (.warning, "A catalog is named for a language Amparo does not offer (it is never read).")
        case .missingTranslationStatus: (.warning, "The header does not record how the translation was made (`X-Amparo-Translation-Status`).")
        case .languageMismatch: (.error, "The header's `Language` does not match the file name.")
        case .staleTemplate: (.warning, "`Localization/amparo.pot` is out of date (`amparo translations check` fails on it).")
        case .emojiInTranslation: (.warning, "A translation contains an emoji (terminals disagree on its width).")
        case .controlCharacterInCatalog: (.error, "A `msgctxt`, `msgid` or `msgstr` holds a character that could drive the terminal (as for AMP019); the entry is not used, so its English is shown.")
        case .unreadableConfig: (.error, "The kiosk config cannot be read, or `AMPARO_CONFIG` names a file that does not exist.")
        case .configSyntax: (.error, "A config line that is not `key = value` (or a comment).")
        case .unknownConfigKey: (.error, "A key the kiosk config does not know.")
        case .repeatedConfigKey: (.error, "A config key set twice.")
        case .badConfigValue: (.error, "A config value that does not fit its key (empty, not `true`/`false`, out of range, not hexadecimal, a `staff-pin` that is not scrypt with a usable cost).")
        case .outdatedStaffPin: (.error, "The config keeps the staff PIN in the old form (`staff-pin-sha256`, `staff-pin-salt`: one SHA-256, quick to guess); run `amparo kiosk-pin` for a `staff-pin` line.")
        case .kioskWithoutPin: (.error, "Kiosk mode is on but no staff PIN is set, so staff could not leave it (run `amparo kiosk-pin`).")
        case .badKioskEnvironment: (.error, "`AMPARO_KIOSK` is set to something other than 1 or 0 (true or false).")
        case .controlCharacterInConfig: (.error, "A config line holds a character that could drive the terminal (as for AMP019; a tab and a CR before the line end are allowed).")
        case .jsonSyntax: (.error, "A site file is not valid JSON (RFC 8259: no comments, no trailing commas, double quotes only).")
        case .staleSiteService: (.warning, "A site's service was last checked (`assured_date`) more than six months ago.")
        case .siteLanguageMissing: (.warning, "A site's service leaves out a language the kiosk offers, or lists no languages at all.")
        case .unknownReferralKind: (.error, "A service names a referral kind (`amparo-referrals` taxonomy term) that Amparo does not know.")
        case .badSiteValue: (.error, "A site value that does not fit its field: an id that is not a UUID, an unknown status, a phone number with no digits.")
        }
    }
}
