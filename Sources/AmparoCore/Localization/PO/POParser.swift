/// Reads GNU gettext PO and POT files: multi-line strings, C escapes (including octal and hex),
/// `msgctxt`, `msgid_plural`/`msgstr[N]`, the comments `#`, `#.`, `#:`, `#,` and `#|`, obsolete
/// `#~` entries (parsed, then set aside), a UTF-8 BOM and CRLF line ends.
///
/// The parser works on the file's UTF-8 bytes in place (each line is checked once for valid UTF-8;
/// an ASCII line without decoding), never on `Character`s (a quote followed by a combining mark
/// is one `Character`); columns in diagnostics count Unicode scalars. It never traps: every
/// problem becomes a ``Diagnostic`` with its line and column, and parsing goes on.
public struct POParser {
    private let file: String
    private var builder = POEntryBuilder()
    private var entries: [POEntry] = []
    private var diagnostics: [Diagnostic] = []

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
        var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        while true {
            lineNumber += 1
            let newline = bytes[lineStart...].firstIndex(of: 0x0A)
            var lineEnd = newline ?? bytes.endIndex
            if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = bytes[lineStart..<lineEnd]
            if let valid = POLineScanner.invalidUTF8Offset(line) {
                failAtColumn(lineNumber, valid + 1, "this line is not valid UTF-8 (the file must be UTF-8)", .catalogNotUTF8)
            } else {
                parseLine(line, lineNumber: lineNumber)
            }
            guard let newline else { break }
            lineStart = newline + 1
        }
        finishEntry()
    }

    private mutating func parseLine(_ line: ArraySlice<UInt8>, lineNumber: Int) {
        var index = skipSpaces(line, from: line.startIndex)
        guard index < line.endIndex else { return }
        var obsolete = false
        if line[index] == 0x23, index + 1 < line.endIndex, line[index + 1] == 0x7E {        // #~
            obsolete = true
            index = skipSpaces(line, from: index + 2)
            guard index < line.endIndex else { return }
            if line[index] == 0x7C { return parsePreviousLine(line, at: index + 1, lineNumber: lineNumber) }
        }
        if line[index] == 0x23 {                                                            // #
            let kind: UInt8? = index + 1 < line.endIndex ? line[index + 1] : nil
            if kind == 0x7C { return parsePreviousLine(line, at: index + 2, lineNumber: lineNumber) }
            parseComment(line, kindAt: index + 1, kind: kind, lineNumber: lineNumber)
        } else if line[index] == 0x22 {
            parseContinuation(line, at: index, lineNumber: lineNumber)
        } else {
            parseKeywordLine(line, at: index, lineNumber: lineNumber, obsolete: obsolete)
        }
    }

    // MARK: Comments

    private mutating func parseComment(_ line: ArraySlice<UInt8>, kindAt index: Int, kind: UInt8?, lineNumber: Int) {
        startEntryIfNeeded(at: lineNumber)
        guard !builder.failed else { return }
        builder.noteStart(lineNumber)
        let hasKind = kind == 0x2E || kind == 0x3A || kind == 0x2C                          // . : ,
        let start = min(hasKind ? index + 1 : index, line.endIndex)
        switch kind {
        case 0x2E: builder.extractedComments.append(POLineScanner.trimmedText(line, from: start, to: line.endIndex))
        case 0x3A:
            for word in line[start...].split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
                builder.references.append(String(decoding: word, as: UTF8.self))
            }
        case 0x2C:
            for flag in line[start...].split(separator: 0x2C) {
                let text = POLineScanner.trimmedText(flag, from: flag.startIndex, to: flag.endIndex)
                if !text.isEmpty { builder.flags.append(text) }
            }
        default:
            // One leading space is dropped, unless a combining mark makes it part of a wider Character.
            if start < line.endIndex, line[start] == 0x20 {
                if start + 1 == line.endIndex || line[start + 1] < 0x80 {
                    builder.translatorComments.append(String(decoding: line[(start + 1)...], as: UTF8.self))
                } else {
                    let text = String(decoding: line[start...], as: UTF8.self)
                    builder.translatorComments.append(text.first == " " ? String(text.dropFirst()) : text)
                }
            } else {
                builder.translatorComments.append(String(decoding: line[start...], as: UTF8.self))
            }
        }
    }

    /// `#| msgctxt "…"`, `#| msgid "…"`, `#| msgid_plural "…"`, or `#| "…"`; `start` is just after `|`.
    private mutating func parsePreviousLine(_ line: ArraySlice<UInt8>, at start: Int, lineNumber: Int) {
        startEntryIfNeeded(at: lineNumber)
        guard !builder.failed else { return }
        builder.noteStart(lineNumber)
        let index = skipSpaces(line, from: start)
        guard index < line.endIndex else { return }
        let previousFields: [POEntryBuilder.Field] = [.previousContext, .previousID, .previousIDPlural]
        if line[index] == 0x22 {
            guard let bytes = readString(line, at: index, lineNumber: lineNumber) else { return }
            guard let last = builder.lastField, previousFields.contains(last) else {
                return fail(line, lineNumber, index, "a #| string with no #| keyword before it", .unexpectedText)
            }
            _ = builder.extendLastField(with: bytes)
            return
        }
        let (name, afterName) = POLineScanner.readWord(line, from: index)
        let fields: [String: POEntryBuilder.Field] = ["msgctxt": .previousContext, "msgid": .previousID,
                                                      "msgid_plural": .previousIDPlural]
        guard let field = fields[name] else {
            return fail(line, lineNumber, index, "expected msgctxt, msgid or msgid_plural after #|", .unexpectedText)
        }
        let stringStart = skipSpaces(line, from: afterName)
        guard stringStart < line.endIndex, line[stringStart] == 0x22 else {
            return fail(line, lineNumber, stringStart, "expected a string (\"…\") after #| \(name)", .unexpectedText)
        }
        guard let bytes = readString(line, at: stringStart, lineNumber: lineNumber) else { return }
        let piece = POEntryBuilder.Piece(bytes: bytes, line: lineNumber, column: POLineScanner.column(in: line, at: index))
        switch field {
        case .previousContext: builder.previousContext = piece
        case .previousID: builder.previousID = piece
        default: builder.previousIDPlural = piece
        }
        builder.lastField = field
    }

    // MARK: Keywords and strings

    private mutating func parseContinuation(_ line: ArraySlice<UInt8>, at index: Int, lineNumber: Int) {
        guard !builder.failed else { return }
        guard let bytes = readString(line, at: index, lineNumber: lineNumber) else { return }
        let extendsPrevious = builder.lastField.map { [.previousContext, .previousID, .previousIDPlural].contains($0) } ?? false
        if extendsPrevious || !builder.extendLastField(with: bytes) {
            fail(line, lineNumber, index, "a string with no keyword before it", .unexpectedText)
        }
    }

    private mutating func parseKeywordLine(_ line: ArraySlice<UInt8>, at index: Int, lineNumber: Int, obsolete: Bool) {
        let (name, afterName) = POLineScanner.readWord(line, from: index)
        guard let keyword = POKeyword(rawValue: name) else {
            let hint = POKeyword.suggestion(for: name).map { " (did you mean '\($0)'?)" } ?? ""
            let shown = name.isEmpty ? POLineScanner.scalar(in: line, at: index) : name
            return startAfterFailure(line, lineNumber, index, "unknown keyword '\(shown)'\(hint)")
        }
        var cursor = afterName
        var pluralIndex: Int?
        if keyword == .msgstr, cursor < line.endIndex, line[cursor] == 0x5B {               // [
            var value = 0
            var digits = 0
            cursor += 1
            while cursor < line.endIndex, (0x30...0x39).contains(line[cursor]), digits < 3 {
                value = value * 10 + Int(line[cursor] - 48)
                digits += 1
                cursor += 1
            }
            guard digits > 0, cursor < line.endIndex, line[cursor] == 0x5D else {
                return fail(line, lineNumber, afterName, "expected msgstr[N] with a number N", .unexpectedText)
            }
            cursor += 1
            pluralIndex = value
        }
        // A msgctxt or msgid after a finished (or broken) entry starts the next entry.
        if keyword == .msgctxt || keyword == .msgid {
            let continuesBrokenEntry = builder.failed && keyword == .msgid && builder.keywords == [.msgctxt]
            if builder.hasMsgstr || (builder.failed && !continuesBrokenEntry) { finishEntry() }
            if !builder.failed, let id = builder.id {
                diagnostics.append(Diagnostic(file: file, line: id.line, column: id.column,
                                                message: "this msgid has no msgstr", code: .malformedEntry))
                builder = POEntryBuilder()
            }
        }
        guard !builder.failed else { return }
        if let problem = keyword.problem(pluralIndex: pluralIndex, in: builder) {
            return fail(line, lineNumber, index, problem.message, problem.code)
        }
        builder.noteLine(lineNumber, obsolete: obsolete)
        builder.keywords.append(keyword)
        let stringStart = skipSpaces(line, from: cursor)
        guard stringStart < line.endIndex, line[stringStart] == 0x22 else {
            return fail(line, lineNumber, stringStart, "expected a string (\"…\") after \(name)", .unexpectedText)
        }
        guard let bytes = readString(line, at: stringStart, lineNumber: lineNumber) else { return }
        let piece = POEntryBuilder.Piece(bytes: bytes, line: lineNumber, column: POLineScanner.column(in: line, at: index))
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
    private mutating func readString(_ line: ArraySlice<UInt8>, at index: Int, lineNumber: Int) -> [UInt8]? {
        switch POStringLiteral.read(line, from: index) {
        case .failure(let failure):
            fail(line, lineNumber, failure.index, failure.message, failure.code)
            return nil
        case .success(let read):
            let rest = skipSpaces(line, from: read.end)
            guard rest == line.endIndex else {
                fail(line, lineNumber, rest, "unexpected text after the closing quote", .unexpectedText)
                return nil
            }
            return read.bytes
        }
    }

    private func skipSpaces(_ line: ArraySlice<UInt8>, from start: Int) -> Int {
        POLineScanner.skipSpaces(line, from: start)
    }

    /// A comment starts the next entry; one inside an unfinished entry means it had no msgstr.
    private mutating func startEntryIfNeeded(at lineNumber: Int) {
        if builder.failed || builder.hasMsgstr { return finishEntry() }
        if let anchor = builder.id ?? builder.context {
            diagnostics.append(Diagnostic(file: file, line: anchor.line, column: anchor.column,
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

    /// Reports a problem at byte `index` of `line` and skips the rest of the current entry.
    private mutating func fail(_ line: ArraySlice<UInt8>, _ lineNumber: Int, _ index: Int, _ message: String,
                               _ code: DiagnosticCode) {
        failAtColumn(lineNumber, POLineScanner.column(in: line, at: index), message, code)
    }

    /// Reports a problem at a 1-based column (in scalars) and skips the rest of the current entry.
    private mutating func failAtColumn(_ line: Int, _ column: Int, _ message: String, _ code: DiagnosticCode) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message, code: code))
        builder.failed = true
        builder.noteStart(line)
    }

    /// An unknown keyword: reported, and the line is treated as the start of a broken entry.
    private mutating func startAfterFailure(_ line: ArraySlice<UInt8>, _ lineNumber: Int, _ index: Int, _ message: String) {
        if builder.hasMsgstr { finishEntry() }
        fail(line, lineNumber, index, message, .unexpectedText)
    }
}
