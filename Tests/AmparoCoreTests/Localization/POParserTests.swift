import Testing
@testable import AmparoCore

@Suite("PO reader")
struct POParserTests {
    static let header = """
        msgid ""
        msgstr ""
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Language: es\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"
        "X-Amparo-Translation-Status: machine-drafted, not yet reviewed by a qualified legal translator\\n"

        """

    func parse(_ body: String, header: String = POParserTests.header) -> POParseResult {
        POParser.parse(header + body, file: "es.po")
    }

    @Test("the header: charset, language, plural count and the translation status")
    func header() throws {
        let file = try parse("").get()
        #expect(file.header?.charset == "UTF-8")
        #expect(file.header?.language == "es")
        #expect(file.header?.pluralCount == 2)
        #expect(file.header?.translationStatus == .machineDrafted(
            detail: "machine-drafted, not yet reviewed by a qualified legal translator"))
        #expect(file.entries.isEmpty)
    }

    @Test("every C escape, octal and hex included")
    func escapes() throws {
        let file = try parse(#"""
            msgctxt "k"
            msgid "a\nb\"d\\e\?k\'"
            msgstr "Atr\303\241s \xc3\xa1 \101\x42"

            """#).get()
        let entry = try #require(file.entries.first)
        #expect(entry.id == "a\nb\"d\\e?k'")
        #expect(entry.strings == ["Atrás á AB"])
    }

    /// The escapes of control characters decode to them, and the entry is then refused: they
    /// could drive the terminal (AMP527).
    @Test(arguments: [("\\t", "U+0009"), ("\\a", "U+0007"), ("\\b", "U+0008"), ("\\f", "U+000C"), ("\\r", "U+000D"),
                      ("\\v", "U+000B"), ("\\033", "U+001B"), ("\\x1b", "U+001B"), ("\\302\\233", "U+009B")])
    func controlEscapesDecodeAndAreRefused(escape: String, scalar: String) {
        let result = POParser.parse("msgctxt \"k\"\nmsgid \"Back\"\nmsgstr \"x\(escape)y\"\n", file: "es.po")
        let problems = result.diagnostics.filter { $0.code == .controlCharacterInCatalog }
        #expect(problems.map(\.line) == [3])
        #expect(problems.first?.message.contains(scalar) == true, "\(result.diagnostics.map(\.headline))")
        #expect(result.file.entries.isEmpty)
    }

    /// A msgid or msgstr over the text limit (AMP008) is refused where it is written, and the
    /// entry is not used; 4,000 characters (here in Chinese, 3 bytes each) are still read.
    @Test func textsOverTheLimitAreRefused() {
        let limit = InputLimits.standard.maximumTextLength
        let long = String(repeating: "a", count: limit + 1)
        let result = parse("msgctxt \"k\"\nmsgid \"Back\"\nmsgstr \"\(long)\"\n\n"
                           + "msgctxt \"j\"\nmsgid \"\(long)\"\nmsgstr \"x\"\n\n"
                           + "msgctxt \"m\"\nmsgid \"Home\"\nmsgstr \"\(String(repeating: "家", count: limit))\"\n")
        #expect(result.diagnostics.map(\.headline) == [
            "es.po:9:1: error: this msgstr is \(limit + 1) characters long; a text may have at most \(limit), so the entry is not used [AMP008]",
            "es.po:12:1: error: this msgid is \(limit + 1) characters long; a text may have at most \(limit), so the entry is not used [AMP008]",
        ])
        #expect(result.file.entries.map(\.context) == ["m"])
    }

    @Test("multi-line strings are joined, and a quote next to a combining mark stays a quote")
    func multiLine() throws {
        let file = try parse("""
            msgctxt "ui."
            "back"
            msgid ""
            "Go "
            "back"
            msgstr "e\u{301}"
            "\u{301}"

            """).get()
        let entry = try #require(file.entries.first)
        #expect(entry.context == "ui.back")
        #expect(entry.id == "Go back")
        #expect(entry.strings == ["e\u{301}\u{301}"])
    }

    @Test("comments: translator, extracted, references, flags and previous strings")
    func comments() throws {
        let file = try parse("""
            # A translator's note
            #. Button on every screen
            #: Flows/a.yaml:3 Flows/b.yaml:4
            #, fuzzy, c-format
            #| msgctxt "ui.old"
            #| msgid "Old "
            #| "English"
            msgctxt "ui.back"
            msgid "Back"
            msgstr "Atrás"

            """).get()
        let entry = try #require(file.entries.first)
        #expect(entry.translatorComments == ["A translator's note"])
        #expect(entry.extractedComments == ["Button on every screen"])
        #expect(entry.references == ["Flows/a.yaml:3", "Flows/b.yaml:4"])
        #expect(entry.flags == ["fuzzy", "c-format"])
        #expect(entry.isFuzzy)
        #expect(entry.previousContext == "ui.old")
        #expect(entry.previousID == "Old English")
        #expect(entry.line == 14)
    }

    @Test("plural entries read msgstr[0], msgstr[1]")
    func plurals() throws {
        let file = try parse("""
            msgid "one day"
            msgid_plural "%d days"
            msgstr[0] "un día"
            msgstr[1] "%d días"

            """).get()
        let entry = try #require(file.entries.first)
        #expect(entry.idPlural == "%d days")
        #expect(entry.strings == ["un día", "%d días"])
        #expect(entry.context == nil)
    }

    @Test("the same msgid in two contexts is two entries")
    func contexts() throws {
        let file = try parse("""
            msgctxt "a"
            msgid "Yes"
            msgstr "Sí"

            msgctxt "b"
            msgid "Yes"
            msgstr "Sí"
            """).get()
        #expect(file.entries.map(\.context) == ["a", "b"])
    }

    @Test("obsolete entries are parsed, then set aside")
    func obsolete() throws {
        let file = try parse("""
            msgctxt "live"
            msgid "Live"
            msgstr "Vivo"

            #, fuzzy
            #~| msgid "Older"
            #~ msgctxt "gone"
            #~ msgid "Gone"
            #~ msgstr ""
            #~ "Ido"

            """).get()
        #expect(file.entries.map(\.context) == ["live"])
        let gone = try #require(file.obsoleteEntries.first)
        #expect(gone.context == "gone")
        #expect(gone.strings == ["Ido"])
        #expect(gone.previousID == "Older")
        #expect(gone.isObsolete)
    }

    @Test("a BOM and CRLF line ends are accepted")
    func bomAndCRLF() throws {
        let text = (Self.header + "msgctxt \"k\"\nmsgid \"A\"\nmsgstr \"B\"\n").replacing("\n", with: "\r\n")
        let file = try POParser.parse([0xEF, 0xBB, 0xBF] + Array(text.utf8), file: "es.po").get()
        #expect(file.header?.language == "es")
        #expect(file.entries.first?.strings == ["B"])
        #expect(file.entries.first?.line == 7)
    }

    @Test("a file with a Latin-1 byte is refused with its line and column")
    func invalidUTF8() {
        let bytes = Array((Self.header + "msgctxt \"k\"\nmsgid \"ab").utf8) + [0xE9] + Array("\"\nmsgstr \"x\"\n".utf8)
        let result = POParser.parse(bytes, file: "es.po")
        #expect(result.errors.map(\.description) == [
            "es.po:8:10: error: this line is not valid UTF-8 (the file must be UTF-8) [AMP500]",
        ])
    }
}
