import Testing
@testable import AmparoCore

@Suite("PO writer")
struct POWriterTests {
    @Test("what the writer writes, the reader reads back the same")
    func roundTrip() throws {
        let long = String(repeating: "A long sentence that must wrap over lines. ", count: 4) + "End."
        var header = POHeader(fields: [("Content-Type", "text/plain; charset=UTF-8"), ("Language", "es")])
        header.entry.translatorComments = ["Spanish"]
        let entries = [
            // (Control characters other than a line feed are written as escapes, see `escapes`, but
            // refused when read: they could drive the terminal.)
            POEntry(context: "a", id: "Here \"quoted\" back\\slash\nnew line", strings: ["x\u{A0}é"],
                    flags: ["fuzzy", "c-format"], translatorComments: ["note", ""], extractedComments: ["where"],
                    references: ["Flows/a.yaml:3"], previousContext: "old", previousID: "Old"),
            POEntry(context: "b", id: long, strings: [long]),
            POEntry(id: "one", idPlural: "many", strings: ["uno", "muchos"]),
        ]
        let obsolete = [POEntry(context: "c", id: "Gone", strings: ["Ido"], isObsolete: true)]
        let file = POFile(header: POHeader(fields: header.fields + [("Plural-Forms", "nplurals=2; plural=(n != 1);")], entry: header.entry),
                          entries: entries, obsoleteEntries: obsolete)
        let text = POWriter.write(file)
        #expect(text.split(separator: "\n").allSatisfy { $0.unicodeScalars.count <= POWriter.width })
        let read = try POParser.parse(text, file: "x.po").get()
        #expect(read.header?.fields.map(\.name) == ["Content-Type", "Language", "Plural-Forms"])
        #expect(read.header?.entry.translatorComments == ["Spanish"])
        let strip = { (entry: POEntry) -> POEntry in var copy = entry; copy.line = 0; return copy }
        #expect(read.entries.map(strip) == entries)
        #expect(read.obsoleteEntries.map(strip) == obsolete)
    }

    @Test("escapes")
    func escapes() {
        #expect(POWriter.escape("a\"b\\c\nd\te\u{1B}") == "a\\\"b\\\\c\\nd\\te\\033")
    }
}
