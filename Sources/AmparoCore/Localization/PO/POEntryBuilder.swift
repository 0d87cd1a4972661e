/// Collects the lines of one entry while a PO file is parsed, then builds the ``POEntry``.
struct POEntryBuilder {
    /// A string being read: its bytes so far and where its keyword was.
    struct Piece {
        var bytes: [UInt8]
        let line: Int
        let column: Int
    }

    /// The field that a continuation line (`"…"` alone) extends.
    enum Field: Equatable {
        case context, id, idPlural, string(Int)
        case previousContext, previousID, previousIDPlural
    }

    var startLine: Int?
    var translatorComments: [String] = []
    var extractedComments: [String] = []
    var references: [String] = []
    var flags: [String] = []
    var context: Piece?
    var id: Piece?
    var idPlural: Piece?
    var strings: [Piece] = []
    var previousContext: Piece?
    var previousID: Piece?
    var previousIDPlural: Piece?
    var lastField: Field?
    var obsoleteLine: Int?
    var activeLine: Int?
    /// The keywords met so far, including one whose string could not be read.
    var keywords: [POKeyword] = []
    /// Set after an error: the rest of the entry is skipped.
    var failed = false

    var hasKeyword: Bool { context != nil || id != nil }
    var hasMsgstr: Bool { !strings.isEmpty }
    var isEmpty: Bool { startLine == nil }

    /// Records a comment line.
    mutating func noteStart(_ line: Int) {
        if startLine == nil { startLine = line }
    }

    /// Records a keyword line, obsolete (`#~`) or not.
    mutating func noteLine(_ line: Int, obsolete: Bool) {
        noteStart(line)
        if obsolete {
            if obsoleteLine == nil { obsoleteLine = line }
        } else if activeLine == nil {
            activeLine = line
        }
    }

    /// Appends a continuation string to the last field; false when there is none.
    mutating func extendLastField(with bytes: [UInt8]) -> Bool {
        switch lastField {
        case .context: context?.bytes += bytes
        case .id: id?.bytes += bytes
        case .idPlural: idPlural?.bytes += bytes
        case .string(let index) where strings.indices.contains(index): strings[index].bytes += bytes
        case .previousContext: previousContext?.bytes += bytes
        case .previousID: previousID?.bytes += bytes
        case .previousIDPlural: previousIDPlural?.bytes += bytes
        default: return false
        }
        return true
    }

    /// Builds the entry, or returns the diagnostics that prevent it. An entry of comments only
    /// (at the end of a file) builds nothing and is not an error.
    func build(file: String) -> Result<POEntry?, Diagnostic> {
        guard !failed, startLine != nil else { return .success(nil) }
        guard hasKeyword else { return .success(nil) }
        guard let id else {
            return .failure(error(file, context!, "msgctxt with no msgid after it", .malformedEntry))
        }
        guard hasMsgstr else {
            return .failure(error(file, id, "this msgid has no msgstr", .malformedEntry))
        }
        if let obsoleteLine, let activeLine {
            return .failure(Diagnostic(file: file, line: max(obsoleteLine, activeLine), column: 1,
                                         message: "an entry mixes obsolete (#~) lines with active lines", code: .malformedEntry))
        }
        var decoded: [String] = []
        for piece in [context, id, idPlural, previousContext, previousID, previousIDPlural].compactMap({ $0 }) + strings {
            guard let text = String(validating: piece.bytes, as: UTF8.self) else {
                return .failure(Diagnostic(file: file, line: piece.line, column: piece.column,
                                             message: "the escapes in this string do not make valid UTF-8", code: .catalogNotUTF8))
            }
            decoded.append(text)
        }
        let shown = shownPieces(decoded)
        let limits = InputLimits.standard
        if let long = shown.first(where: { limits.isTooLong($0.text) }) {
            return .failure(error(file, long.piece,
                "this \(long.keyword) is \(long.text.unicodeScalars.count) characters long; a text may have at most \(limits.maximumTextLength), so the entry is not used",
                .textTooLong))
        }
        for (piece, keyword, text) in shown {
            guard let unsafe = TerminalSafeText.firstUnsafe(in: text) else { continue }
            return .failure(error(file, piece,
                "this \(keyword) holds \(TerminalSafeText.describe(unsafe.scalar)), which could drive the terminal; the entry is not used",
                .controlCharacterInCatalog))
        }
        var cursor = 0
        func next(_ piece: Piece?) -> String? {
            guard piece != nil else { return nil }
            defer { cursor += 1 }
            return decoded[cursor]
        }
        let contextText = next(context)
        let idText = next(id)!
        let idPluralText = next(idPlural)
        let previous = (next(previousContext), next(previousID), next(previousIDPlural))
        return .success(POEntry(
            context: contextText, id: idText, idPlural: idPluralText, strings: Array(decoded[cursor...]),
            flags: flags, translatorComments: translatorComments, extractedComments: extractedComments,
            references: references, previousContext: previous.0, previousID: previous.1,
            previousIDPlural: previous.2, isObsolete: obsoleteLine != nil, line: (context ?? id).line))
    }

    /// The shown strings (`msgctxt`, `msgid`, `msgid_plural`, each `msgstr`) with their keywords;
    /// `decoded` is in the order `build` decodes them. (`#|` strings are only comments for
    /// translators' tools.)
    private func shownPieces(_ decoded: [String]) -> [(piece: Piece, keyword: String, text: String)] {
        var cursor = 0
        var shown: [(piece: Piece, keyword: String, text: String)] = []
        for (piece, keyword) in [(context, "msgctxt"), (id, "msgid"), (idPlural, "msgid_plural")] {
            guard let piece else { continue }
            shown.append((piece, keyword, decoded[cursor]))
            cursor += 1
        }
        cursor += [previousContext, previousID, previousIDPlural].compactMap { $0 }.count
        for piece in strings {
            shown.append((piece, "msgstr", decoded[cursor]))
            cursor += 1
        }
        return shown
    }

    private func error(_ file: String, _ piece: Piece, _ message: String, _ code: DiagnosticCode) -> Diagnostic {
        Diagnostic(file: file, line: piece.line, column: piece.column, message: message, code: code)
    }
}
