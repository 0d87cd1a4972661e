/// Reads GNU gettext PO and POT files: multi-line strings, C escapes (including octal and hex),
/// `msgctxt`, `msgid_plural`/`msgstr[N]`, the comments `#`, `#.`, `#:`, `#,` and `#|`, obsolete
/// `#~` entries (parsed, then set aside), a UTF-8 BOM and CRLF line ends.
///
/// The parser works on bytes and Unicode scalars, never on `Character`s (a quote followed by a
/// combining mark is one `Character`). It never traps: every problem becomes a ``PODiagnostic``
/// with its line and column, and parsing goes on with the next entry.
public struct POParser {
    private let file: String
    private var builder = POEntryBuilder()
    private var entries: [POEntry] = []
    private var diagnostics: [PODiagnostic] = []

    /// Parses `bytes`, naming the file `file` in diagnostics.
    public static func parse(_ bytes: [UInt8], file: String) -> POParseResult {
        var parser = POParser(file: file)
        parser.parseAll(bytes)
        return POFileChecks.check(entries: parser.entries, diagnostics: parser.diagnostics, file: file)
    }

    /// Parses text (as UTF-8).
    public static func parse(_ text: String, file: String) -> POParseResult {
        parse(Array(text.utf8), file: file)
    }

    private init(file: String) { self.file = file }

    private mutating func parseAll(_ bytes: [UInt8]) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var lineNumber = 0
        for rawLine in body.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            guard let scalars = decode(line, lineNumber: lineNumber) else { continue }
            parseLine(scalars, lineNumber: lineNumber)
        }
        finishEntry()
    }

    /// The line's scalars, or `nil` (after a diagnostic) when it is not valid UTF-8.
    private mutating func decode(_ bytes: ArraySlice<UInt8>, lineNumber: Int) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8.ForwardParser()
        while true {
            switch decoder.parseScalar(from: &iterator) {
            case .valid(let encoded): scalars.append(Unicode.UTF8.decode(encoded))
            case .emptyInput: return scalars
            case .error:
                fail(lineNumber, scalars.count, "this line is not valid UTF-8 (the file must be UTF-8)", .invalidUTF8)
                return nil
            }
        }
    }

    private mutating func parseLine(_ line: [Unicode.Scalar], lineNumber: Int) {
        var index = skipSpaces(line, from: 0)
        guard index < line.count else { return }
        var obsolete = false
        if line[index] == "#", index + 1 < line.count, line[index + 1] == "~" {
            obsolete = true
            index = skipSpaces(line, from: index + 2)
            guard index < line.count else { return }
            if line[index] == "|" { return parsePreviousLine(line, at: index + 1, lineNumber: lineNumber) }
        }
        if line[index] == "#" {
            let kind: Unicode.Scalar? = index + 1 < line.count ? line[index + 1] : nil
            if kind == "|" { return parsePreviousLine(line, at: index + 2, lineNumber: lineNumber) }
            parseComment(line, kindAt: index + 1, kind: kind, lineNumber: lineNumber)
        } else if line[index] == "\"" {
            parseContinuation(line, at: index, lineNumber: lineNumber)
        } else {
            parseKeywordLine(line, at: index, lineNumber: lineNumber, obsolete: obsolete)
        }
    }

    // MARK: Comments

    private mutating func parseComment(_ line: [Unicode.Scalar], kindAt index: Int, kind: Unicode.Scalar?, lineNumber: Int) {
        startEntryIfNeeded(at: lineNumber)
        guard !builder.failed else { return }
        builder.noteStart(lineNumber)
        let hasKind = kind == "." || kind == ":" || kind == ","
        let text = String(String.UnicodeScalarView(line[min(hasKind ? index + 1 : index, line.count)...]))
        switch kind {
        case ".": builder.extractedComments.append(text.trimming(" \t"))
        case ":": builder.references += text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        case ",": builder.flags += text.split(separator: ",").map { $0.trimming(" \t") }.filter { !$0.isEmpty }
        default: builder.translatorComments.append(text.first == " " ? String(text.dropFirst()) : text)
        }
    }

    /// `#| msgctxt "…"`, `#| msgid "…"`, `#| msgid_plural "…"`, or `#| "…"`; `start` is just after `|`.
    private mutating func parsePreviousLine(_ line: [Unicode.Scalar], at start: Int, lineNumber: Int) {
        startEntryIfNeeded(at: lineNumber)
        guard !builder.failed else { return }
        builder.noteStart(lineNumber)
        let index = skipSpaces(line, from: start)
        guard index < line.count else { return }
        let previousFields: [POEntryBuilder.Field] = [.previousContext, .previousID, .previousIDPlural]
        if line[index] == "\"" {
            guard let bytes = readString(line, at: index, lineNumber: lineNumber) else { return }
            guard let last = builder.lastField, previousFields.contains(last) else {
                return fail(lineNumber, index, "a #| string with no #| keyword before it", .unexpectedText)
            }
            _ = builder.extendLastField(with: bytes)
            return
        }
        let (name, afterName) = readWord(line, from: index)
        let fields: [String: POEntryBuilder.Field] = ["msgctxt": .previousContext, "msgid": .previousID,
                                                      "msgid_plural": .previousIDPlural]
        guard let field = fields[name] else {
            return fail(lineNumber, index, "expected msgctxt, msgid or msgid_plural after #|", .unexpectedText)
        }
        let stringStart = skipSpaces(line, from: afterName)
        guard stringStart < line.count, line[stringStart] == "\"" else {
            return fail(lineNumber, stringStart, "expected a string (\"…\") after #| \(name)", .unexpectedText)
        }
        guard let bytes = readString(line, at: stringStart, lineNumber: lineNumber) else { return }
        let piece = POEntryBuilder.Piece(bytes: bytes, line: lineNumber, column: index + 1)
        switch field {
        case .previousContext: builder.previousContext = piece
        case .previousID: builder.previousID = piece
        default: builder.previousIDPlural = piece
        }
        builder.lastField = field
    }

    // MARK: Keywords and strings

    private mutating func parseContinuation(_ line: [Unicode.Scalar], at index: Int, lineNumber: Int) {
        guard !builder.failed else { return }
        guard let bytes = readString(line, at: index, lineNumber: lineNumber) else { return }
        let previousFields: [POEntryBuilder.Field] = [.previousContext, .previousID, .previousIDPlural]
        let extendsPrevious = builder.lastField.map(previousFields.contains) ?? false
        if extendsPrevious || !builder.extendLastField(with: bytes) {
            fail(lineNumber, index, "a string with no keyword before it", .unexpectedText)
        }
    }

    private mutating func parseKeywordLine(_ line: [Unicode.Scalar], at index: Int, lineNumber: Int, obsolete: Bool) {
        let (name, afterName) = readWord(line, from: index)
        guard let keyword = POKeyword(rawValue: name) else {
            let hint = POKeyword.suggestion(for: name).map { " (did you mean '\($0)'?)" } ?? ""
            let shown = name.isEmpty ? String(line[index]) : name
            return startAfterFailure(lineNumber, index, "unknown keyword '\(shown)'\(hint)")
        }
        var cursor = afterName
        var pluralIndex: Int?
        if keyword == .msgstr, cursor < line.count, line[cursor] == "[" {
            var value = 0
            var digits = 0
            cursor += 1
            while cursor < line.count, ("0"..."9").contains(line[cursor]), digits < 3 {
                value = value * 10 + Int(line[cursor].value - 48)
                digits += 1
                cursor += 1
            }
            guard digits > 0, cursor < line.count, line[cursor] == "]" else {
                return fail(lineNumber, afterName, "expected msgstr[N] with a number N", .unexpectedText)
            }
            cursor += 1
            pluralIndex = value
        }
        // A msgctxt or msgid after a finished (or broken) entry starts the next entry.
        if keyword == .msgctxt || keyword == .msgid {
            let continuesBrokenEntry = builder.failed && keyword == .msgid && builder.keywords == [.msgctxt]
            if builder.hasMsgstr || (builder.failed && !continuesBrokenEntry) { finishEntry() }
            if !builder.failed, let id = builder.id {
                diagnostics.append(PODiagnostic(file: file, line: id.line, column: id.column,
                                                message: "this msgid has no msgstr", code: .malformedEntry))
                builder = POEntryBuilder()
            }
        }
        guard !builder.failed else { return }
        if let problem = keyword.problem(pluralIndex: pluralIndex, in: builder) {
            return fail(lineNumber, index, problem.message, problem.code)
        }
        builder.noteLine(lineNumber, obsolete: obsolete)
        builder.keywords.append(keyword)
        let stringStart = skipSpaces(line, from: cursor)
        guard stringStart < line.count, line[stringStart] == "\"" else {
            return fail(lineNumber, stringStart, "expected a string (\"…\") after \(name)", .unexpectedText)
        }
        guard let bytes = readString(line, at: stringStart, lineNumber: lineNumber) else { return }
        let piece = POEntryBuilder.Piece(bytes: bytes, line: lineNumber, column: index + 1)
        switch keyword {
        case .msgctxt: builder.context = piece; builder.lastField = .context
        case .msgid: builder.id = piece; builder.lastField = .id
        case .msgidPlural: builder.idPlural = piece; builder.lastField = .idPlural
        case .msgstr:
            builder.strings.append(piece)
            builder.lastField = .string(builder.strings.count - 1)
        }
    }

    // MARK: Helpers

    /// Reads the string at `index`, then checks that nothing but spaces follows it.
    private mutating func readString(_ line: [Unicode.Scalar], at index: Int, lineNumber: Int) -> [UInt8]? {
        switch POStringLiteral.read(line, from: index) {
        case .failure(let failure):
            fail(lineNumber, failure.index, failure.message, failure.code)
            return nil
        case .success(let read):
            let rest = skipSpaces(line, from: read.end)
            guard rest == line.count else {
                fail(lineNumber, rest, "unexpected text after the closing quote", .unexpectedText)
                return nil
            }
            return read.bytes
        }
    }

    private func readWord(_ line: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var end = start
        while end < line.count, line[end] == "_" || ("a"..."z").contains(line[end]) || ("A"..."Z").contains(line[end]) {
            end += 1
        }
        return (String(String.UnicodeScalarView(line[start..<end])), end)
    }

    private func skipSpaces(_ line: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < line.count, [" ", "\t", "\r", "\u{0C}", "\u{0B}"].contains(line[index]) { index += 1 }
        return index
    }

    /// A comment starts the next entry; one inside an unfinished entry means it had no msgstr.
    private mutating func startEntryIfNeeded(at lineNumber: Int) {
        if builder.failed || builder.hasMsgstr { return finishEntry() }
        if let anchor = builder.id ?? builder.context {
            diagnostics.append(PODiagnostic(file: file, line: anchor.line, column: anchor.column,
                                            message: "this entry has no msgstr before the comment on line \(lineNumber)",
                                            code: .malformedEntry))
            builder = POEntryBuilder()
        }
    }

    private mutating func finishEntry() {
        switch builder.build(file: file) {
        case .success(let entry?): entries.append(entry)
        case .success(nil): break
        case .failure(let diagnostic): diagnostics.append(diagnostic)
        }
        builder = POEntryBuilder()
    }

    /// Reports a problem and skips the rest of the current entry.
    private mutating func fail(_ line: Int, _ index: Int, _ message: String, _ code: LocalizationDiagnosticCode) {
        diagnostics.append(PODiagnostic(file: file, line: line, column: index + 1, message: message, code: code))
        builder.failed = true
        builder.noteStart(line)
    }

    /// An unknown keyword: reported, and the line is treated as the start of a broken entry.
    private mutating func startAfterFailure(_ line: Int, _ index: Int, _ message: String) {
        if builder.hasMsgstr { finishEntry() }
        fail(line, index, message, .unexpectedText)
    }
}
