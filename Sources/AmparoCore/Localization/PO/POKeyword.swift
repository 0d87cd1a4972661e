/// The keywords of a PO entry, and the rules for their order.
enum POKeyword: String, CaseIterable {
    case msgctxt
    case msgid
    case msgidPlural = "msgid_plural"
    case msgstr

    /// The keyword closest to a misspelled one, if any is close.
    static func suggestion(for word: String) -> String? {
        let lowered = word.lowercased()
        return allCases.map(\.rawValue)
            .map { ($0, EditDistance.between(lowered, $0)) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }

    /// Why `self` cannot come next in `entry`, or `nil` when it can. (A `msgctxt` or `msgid` after
    /// a finished entry starts a new entry and is handled before this is asked.)
    func problem(pluralIndex: Int?, in entry: POEntryBuilder) -> (message: String, code: DiagnosticCode)? {
        switch self {
        case .msgctxt:
            if entry.context != nil { return ("a second msgctxt in one entry", .malformedEntry) }
        case .msgid:
            break
        case .msgidPlural:
            if entry.id == nil { return ("msgid_plural with no msgid before it", .malformedEntry) }
            if entry.idPlural != nil { return ("a second msgid_plural in one entry", .malformedEntry) }
            if entry.hasMsgstr { return ("msgid_plural must come before msgstr", .malformedEntry) }
        case .msgstr:
            if entry.id == nil { return ("msgstr with no msgid before it", .malformedEntry) }
            if let pluralIndex {
                if entry.idPlural == nil {
                    return ("msgstr[\(pluralIndex)] is only for an entry with msgid_plural (use msgstr)", .pluralMismatch)
                }
                if pluralIndex != entry.strings.count {
                    return ("expected msgstr[\(entry.strings.count)] here, found msgstr[\(pluralIndex)]", .pluralMismatch)
                }
            } else {
                if entry.idPlural != nil {
                    return ("this entry has msgid_plural, so it needs msgstr[0], msgstr[1], …", .pluralMismatch)
                }
                if entry.hasMsgstr { return ("a second msgstr in one entry", .malformedEntry) }
            }
        }
        return nil
    }
}
