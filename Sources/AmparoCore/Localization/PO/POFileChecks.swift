/// The checks on a whole PO file once its entries are read: the header (UTF-8 charset,
/// `Plural-Forms`), plural counts, and duplicate entries.
enum POFileChecks {
    static func check(entries: [POEntry], diagnostics: [Diagnostic], file: String) -> POParseResult {
        var diagnostics = diagnostics
        let active = entries.filter { !$0.isObsolete }
        var header: POHeader?
        var messages: [POEntry] = []
        var firstLine: [String: Int] = [:]
        for entry in active {
            let key = (entry.context.map { "c\($0)" } ?? "-") + "\u{4}" + entry.id
            if let first = firstLine[key] {
                let what = entry.isHeader ? "a second header entry (msgid \"\")"
                    : "duplicate entry" + (entry.context.map { " for msgctxt \"\($0)\"" } ?? " for msgid \"\(entry.id)\"")
                diagnostics.append(Diagnostic(file: file, line: entry.line, column: 1,
                                                message: "\(what); the first is on line \(first)", code: .duplicateEntry))
                continue
            }
            firstLine[key] = entry.line
            if entry.isHeader { header = POHeader(entry: entry) } else { messages.append(entry) }
        }
        diagnostics += headerProblems(header, file: file, hasEntries: !entries.isEmpty)
        diagnostics += pluralProblems(messages, header: header, file: file)
        diagnostics.sort { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        let file = POFile(header: header, entries: messages, obsoleteEntries: entries.filter(\.isObsolete))
        return POParseResult(file: file, diagnostics: diagnostics)
    }

    private static func headerProblems(_ header: POHeader?, file: String, hasEntries: Bool) -> [Diagnostic] {
        guard let header else {
            return [Diagnostic(file: file, line: 1, column: nil,
                                 message: "no header entry (msgid \"\"); it must declare \"Content-Type: text/plain; charset=UTF-8\"",
                                 code: .badHeader)]
        }
        var problems: [Diagnostic] = []
        let line = header.entry.line
        if let charset = header.charset {
            if charset.lowercased() != "utf-8" {
                problems.append(Diagnostic(file: file, line: line, column: nil,
                                             message: "the header declares charset=\(charset); Amparo catalogs must be UTF-8",
                                             code: .badHeader))
            }
        } else {
            problems.append(Diagnostic(file: file, line: line, column: nil,
                                         message: "the header has no \"Content-Type: text/plain; charset=UTF-8\"",
                                         code: .badHeader))
        }
        if header["Plural-Forms"] != nil, header.pluralCount == nil {
            problems.append(Diagnostic(file: file, line: line, column: nil,
                                         message: "cannot read Plural-Forms (expected \"nplurals=N; plural=EXPRESSION;\" with N from 1 to 6)",
                                         code: .badPluralForms))
        }
        return problems
    }

    private static func pluralProblems(_ entries: [POEntry], header: POHeader?, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for entry in entries where entry.idPlural != nil {
            guard let count = header?.pluralCount else {
                if header?["Plural-Forms"] == nil {
                    problems.append(Diagnostic(file: file, line: entry.line, column: nil,
                                                 message: "an entry with msgid_plural needs a Plural-Forms header",
                                                 code: .badPluralForms))
                }
                break
            }
            if entry.strings.count != count {
                problems.append(Diagnostic(file: file, line: entry.line, column: nil,
                                             message: "this entry has \(entry.strings.count) plural forms; the header's Plural-Forms says nplurals=\(count)",
                                             code: .pluralMismatch))
            }
        }
        return problems
    }
}
