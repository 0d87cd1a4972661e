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
        case .keyNotAllowed: (.error, "A key this kind of step does not use (`options` on an info step…).")
        case .emptyText: (.error, "A user-visible text is empty.")
        case .unknownKind: (.error, "A step kind other than single, multiple, info or outcome.")
        case .controlCharacter: (.error, "Text holds a character that could drive the terminal: a control character other than a line break (ESC, CR, BS, BEL, NUL, a tab…), DEL, a C1 control, a bidirectional embedding, override or isolate control (U+202A–U+202E, U+2066–U+2069) or U+FEFF. Zero-width joiner and non-joiner are allowed.")
        case .conditionSyntax: (.error, "A condition does not parse; the column points at the problem inside the string.")
        case .unknownQuestion: (.error, "A condition names a question the flow does not have (or a step that is not a question).")
        case .unknownOption: (.error, "A condition names an option the question does not have (or `unsure` it does not offer).")
        case .comparisonKind: (.error, "A comparison that does not fit the question: `==` on a multiple-choice question, `in` on a single one.")
        case .questionMaybeUnasked: (.error, "A condition reads a question not asked on every path reaching it, without an `answered()` guard.")
        case .unknownStep: (.error, "`start`, `next` or `to` names a step the flow does not have.")
        case .unknownCard: (.error, "An outcome lists a card the flow does not have.")
        case .unknownSource: (.error, "A card cites a source the flow does not have.")
        case .cardWithoutCitation: (.error, "A card cites no source; every legal statement needs one.")
        case .unusedSource: (.warning, "A source no card cites (a warning).")
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
        case .reviewedInFuture: (.error, "`reviewed` is in the future.")
        case .emoji: (.warning, "Emoji in content; terminals disagree on their width (a warning).")
        case .fileNameMismatch: (.warning, "The file is not named after the flow's id (a warning).")
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
        case .badConfigValue: (.error, "A config value that does not fit its key (empty, not `true`/`false`, out of range, not hexadecimal).")
        case .incompleteStaffPin: (.error, "Only half of the staff PIN record (its hash or its salt) is in the config.")
        case .kioskWithoutPin: (.error, "Kiosk mode is on but no staff PIN is set, so staff could not leave it (run `amparo kiosk-pin`).")
        case .badKioskEnvironment: (.error, "`AMPARO_KIOSK` is set to something other than 1 or 0 (true or false).")
        case .controlCharacterInConfig: (.error, "A config line holds a character that could drive the terminal (as for AMP019; a tab and a CR before the line end are allowed).")
        }
    }
}
