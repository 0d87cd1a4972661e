import Testing
@testable import AmparoCore

@Suite("PO reader errors")
struct POParserErrorTests {
    /// Parses `body` after a valid header and a comment that ends it (7 lines), returning each
    /// error as `line:col code message`, lines counted from the body's first.
    func errors(_ body: String) -> [String] {
        POParser.parse(POParserTests.header + "# body\n" + body, file: "x.po").errors.map {
            "\($0.line - 7):\($0.column.map(String.init) ?? "-") \($0.code.rawValue) \($0.message)"
        }
    }

    @Test("an unterminated string")
    func unterminated() {
        #expect(errors("msgid \"abc\nmsgstr \"\"\n") == ["1:7 AMP501 this string has no closing quote"])
    }

    @Test("a backslash at the end of a line")
    func trailingBackslash() {
        #expect(errors("msgid \"abc\\\nmsgstr \"\"\n").first?.hasPrefix("1:11 AMP501") == true)
    }

    @Test("unknown, oversized and NUL escapes, and escapes that make bad UTF-8")
    func badEscapes() {
        #expect(errors("msgid \"a\\qb\"\nmsgstr \"\"\n") == ["1:9 AMP502 unknown escape sequence '\\q'"])
        #expect(errors("msgid \"\\x\"\nmsgstr \"\"\n") == ["1:8 AMP502 \\x must be followed by hex digits"])
        #expect(errors("msgid \"\\x1FF\"\nmsgstr \"\"\n") == ["1:8 AMP502 hex escape is larger than one byte (\\xFF)"])
        #expect(errors("msgid \"\\777\"\nmsgstr \"\"\n") == ["1:8 AMP502 octal escape is larger than one byte (\\377)"])
        #expect(errors("msgid \"\\0\"\nmsgstr \"\"\n") == ["1:8 AMP502 a string cannot contain a NUL character"])
        #expect(errors("msgctxt \"k\"\nmsgid \"\\377\"\nmsgstr \"\"\n") == [
            "2:1 AMP500 the escapes in this string do not make valid UTF-8",
        ])
    }

    @Test("text after the closing quote, a string with no keyword, an unknown keyword")
    func unexpectedText() {
        #expect(errors("msgid \"a\" x\nmsgstr \"\"\n") == ["1:11 AMP503 unexpected text after the closing quote"])
        #expect(errors("\"orphan\"\n") == ["1:1 AMP503 a string with no keyword before it"])
        #expect(errors("msgtxt \"k\"\nmsgid \"a\"\nmsgstr \"\"\n") == [
            "1:1 AMP503 unknown keyword 'msgtxt' (did you mean 'msgctxt'?)",
        ])
        #expect(errors("msgid\nmsgstr \"\"\n") == ["1:6 AMP503 expected a string (\"…\") after msgid"])
        #expect(errors("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[x] \"\"\n") == [
            "3:7 AMP503 expected msgstr[N] with a number N",
        ])
        #expect(errors("#| msgstr \"a\"\nmsgid \"a\"\nmsgstr \"\"\n") == [
            "1:4 AMP503 expected msgctxt, msgid or msgid_plural after #|",
        ])
        #expect(errors("#| \"a\"\nmsgid \"a\"\nmsgstr \"\"\n") == ["1:4 AMP503 a #| string with no #| keyword before it"])
    }

    @Test("keywords missing, repeated or out of order")
    func malformedEntries() {
        #expect(errors("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"\"\n") == ["1:1 AMP504 this msgid has no msgstr"])
        #expect(errors("msgid \"a\"\n") == ["1:1 AMP504 this msgid has no msgstr"])
        #expect(errors("msgctxt \"k\"\n") == ["1:1 AMP504 msgctxt with no msgid after it"])
        #expect(errors("msgstr \"a\"\n") == ["1:1 AMP504 msgstr with no msgid before it"])
        #expect(errors("msgctxt \"a\"\nmsgctxt \"b\"\nmsgid \"c\"\nmsgstr \"\"\n") == ["2:1 AMP504 a second msgctxt in one entry"])
        #expect(errors("msgid \"a\"\nmsgstr \"\"\nmsgstr \"\"\n") == ["3:1 AMP504 a second msgstr in one entry"])
        #expect(errors("msgid \"a\"\n# note\nmsgstr \"\"\n") == [
            "1:1 AMP504 this entry has no msgstr before the comment on line 9",
            "3:1 AMP504 msgstr with no msgid before it",
        ])
        #expect(errors("msgid_plural \"a\"\n") == ["1:1 AMP504 msgid_plural with no msgid before it"])
        #expect(errors("#~ msgid \"a\"\nmsgstr \"b\"\n") == ["2:1 AMP504 an entry mixes obsolete (#~) lines with active lines"])
    }

    @Test("plural forms that do not fit")
    func pluralMismatch() {
        #expect(errors("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr \"\"\n") == [
            "3:1 AMP505 this entry has msgid_plural, so it needs msgstr[0], msgstr[1], …",
        ])
        #expect(errors("msgid \"a\"\nmsgstr[0] \"\"\n") == [
            "2:1 AMP505 msgstr[0] is only for an entry with msgid_plural (use msgstr)",
        ])
        #expect(errors("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[1] \"\"\n") == [
            "3:1 AMP505 expected msgstr[0] here, found msgstr[1]",
        ])
        #expect(errors("msgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"\"\n") == [
            "1:- AMP505 this entry has 1 plural forms; the header's Plural-Forms says nplurals=2",
        ])
    }

    @Test("duplicate entries name the first one's line")
    func duplicates() {
        #expect(errors("msgctxt \"k\"\nmsgid \"a\"\nmsgstr \"\"\n\nmsgctxt \"k\"\nmsgid \"a\"\nmsgstr \"\"\n") == [
            "5:1 AMP506 duplicate entry for msgctxt \"k\"; the first is on line 8",
        ])
        #expect(errors("msgid \"\"\nmsgstr \"\"\n") == ["1:1 AMP506 a second header entry (msgid \"\"); the first is on line 1"])
    }

    @Test("a missing header, a header that is not UTF-8, unreadable Plural-Forms")
    func headers() {
        let noHeader = POParser.parse("msgctxt \"k\"\nmsgid \"a\"\nmsgstr \"\"\n", file: "x.po")
        #expect(noHeader.errors.map(\.code) == [.badHeader])
        let latin1 = POParser.parse("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n", file: "x.po")
        #expect(latin1.errors.map(\.message) == ["the header declares charset=ISO-8859-1; Amparo catalogs must be UTF-8"])
        let noType = POParser.parse("msgid \"\"\nmsgstr \"Language: es\\n\"\n", file: "x.po")
        #expect(noType.errors.map(\.code) == [.badHeader])
        let plural = POParser.parse("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\nPlural-Forms: two\\n\"\n", file: "x.po")
        #expect(plural.errors.map(\.code) == [.badPluralForms])
        let noPluralHeader = POParser.parse(
            "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"a\"\nmsgid_plural \"b\"\nmsgstr[0] \"\"\n",
            file: "x.po")
        #expect(noPluralHeader.errors.map(\.message) == ["an entry with msgid_plural needs a Plural-Forms header"])
    }

    @Test("parsing goes on after an error, so every broken entry is reported")
    func recovery() {
        let result = errors("""
            msgctxt "a"
            msgid "bad \\q"
            msgstr "x"

            msgctxt "b"
            msgid "fine"
            msgstr "y"

            msgctxt "c"
            msgid "unterminated
            msgstr "z"
            """)
        #expect(result == ["2:12 AMP502 unknown escape sequence '\\q'", "10:7 AMP501 this string has no closing quote"])
        let file = POParser.parse(POParserTests.header + "# body\nmsgctxt \"a\"\nmsgid \"\\q\"\nmsgstr \"\"\n\nmsgctxt \"b\"\nmsgid \"B\"\nmsgstr \"\"\n", file: "x.po").file
        #expect(file.entries.map(\.context) == ["b"])
    }

    @Test("diagnostics read file:line:col: error: message [code]")
    func rendering() {
        let result = POParser.parse(POParserTests.header + "msgid \"a\\q\"\nmsgstr \"\"\n", file: "Localization/es.po")
        #expect(result.errors.first?.description == "Localization/es.po:7:9: error: unknown escape sequence '\\q' [AMP502]")
        #expect(throws: Diagnostic.self) { try result.get() }
    }
}
