/// `amparo translations status`: per language, how many texts are translated, fuzzy, stale
/// (the catalog's English is not today's), missing, and how the translation was made.
public struct TranslationStatusReport: Sendable {
    /// One language's counts.
    public struct Row: Sendable, Hashable {
        public var language: Language
        public var hasCatalog: Bool
        public var translated = 0
        public var fuzzy = 0
        public var stale = 0
        public var missing = 0
        /// Bad placeholders: counted apart, never shown.
        public var badFormat = 0
        /// Syntax errors in the file.
        public var errors = 0
        public var status: TranslationStatus
    }

    /// The texts counted.
    public let total: Int
    /// One row per language other than English, in the picker's order.
    public let rows: [Row]

    /// Counts every language's catalog against `template`.
    public init(template: TranslationTemplate, directory: LocalizationDirectory) {
        total = template.entries.count
        rows = Language.known.filter { !$0.isSource }.map { language in
            let localizer = (try? directory.localizer(for: language)) ?? Localizer(language: language, catalog: nil)
            var row = Row(language: language, hasCatalog: localizer.catalog != nil, status: localizer.translationStatus)
            row.errors = localizer.catalog?.diagnostics.filter { $0.severity == .error }.count ?? 0
            for entry in template.entries {
                switch localizer.localize(entry).fallback {
                case nil: row.translated += 1
                case .fuzzy: row.fuzzy += 1
                case .stale: row.stale += 1
                case .formatMismatch: row.badFormat += 1
                case .missing, .untranslated, .restOfCard: row.missing += 1
                }
            }
            return row
        }
    }

    /// The report as a table, safe to write to a terminal (``TerminalSafeText``).
    public var text: String {
        var lines = ["\(total) texts (flows and interface). A translation is shown only when it is current:",
                     "not fuzzy, not empty, and made from today's English.", ""]
        let header = ["language", "translated", "fuzzy", "stale", "missing", "how it was made"]
        var table: [[String]] = [header]
        for row in rows {
            let name = "\(row.language.tag) \(row.language.englishName)"
            guard row.hasCatalog else {
                table.append([name, "-", "-", "-", "\(total)", "no catalog (Localization/\(row.language.tag).po)"])
                continue
            }
            var missing = "\(row.missing)"
            if row.badFormat > 0 { missing += " (+\(row.badFormat) bad %)" }
            var status = row.status.summary
            if row.errors > 0 { status += "; \(row.errors) syntax error\(row.errors == 1 ? "" : "s"): run amparo validate" }
            table.append([name, "\(row.translated)", "\(row.fuzzy)", "\(row.stale)", missing, status])
        }
        let widths = (0..<header.count - 1).map { column in table.map { $0[column].count }.max() ?? 0 }
        for cells in table {
            var line = ""
            for (column, cell) in cells.enumerated() {
                if column == cells.count - 1 {
                    line += cell
                } else if column == 0 {
                    line += cell + String(repeating: " ", count: widths[column] - cell.count + 2)
                } else {
                    line += String(repeating: " ", count: widths[column] - cell.count) + cell + "  "
                }
            }
            lines.append(line)
        }
        return TerminalSafeText.sanitize(lines.joined(separator: "\n") + "\n")
    }
}
