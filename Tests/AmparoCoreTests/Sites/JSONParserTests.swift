import Testing
@testable import AmparoCore

@Suite("JSON parser (site files)")
struct JSONParserTests {
    private func parse(_ text: String) throws(JSONParseFailure) -> JSONNode {
        try JSONParser.parse(Array(text.utf8))
    }

    private func failure(_ text: String) -> JSONParseFailure? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKindOfValueWithItsPlace() throws {
        let node = try parse("{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": \"x\\u00e9\\ud83d\\ude00\\n\"\n}")
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect((members[0].line, members[0].column) == (2, 3))
        #expect(members[0].node.value == .array([
            JSONNode(.number(1), line: 2, column: 9), JSONNode(.number(-2500), line: 2, column: 12),
            JSONNode(.bool(true), line: 2, column: 20), JSONNode(.bool(false), line: 2, column: 26),
            JSONNode(.null, line: 2, column: 33),
        ]))
        #expect(members[1].node.value == .string("xé😀\n"))
    }

    @Test func columnsCountUnicodeScalarsNotBytes() throws {
        let node = try parse("[\"中文\", 7]")
        guard case .array(let elements) = node.value else { Issue.record("not an array"); return }
        #expect(elements[1].column == 8)
    }

    @Test func keepsRepeatedKeysForTheReaderToRefuse() throws {
        let node = try parse("{\"a\": 1, \"a\": 2}")
        guard case .object(let members) = node.value else { Issue.record("not an object"); return }
        #expect(members.count == 2)
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 1, 9, "a trailing comma is not allowed before '}'"),
        ("[1, 2,]", 1, 7, "a trailing comma is not allowed before ']'"),
        ("{\"a\": 1 // note\n}", 1, 9, "expected ',' or '}' after a member"),
        ("// note\n[]", 1, 1, "comments are not allowed in JSON"),
        ("{'a': 1}", 1, 2, "expected a key in double quotes"),
        ("['a']", 1, 2, "strings take double quotes (\"), not single quotes"),
        ("[\"a\tb\"]", 1, 4, "a control character (such as a line break or tab) must be escaped in a string"),
        ("[\"\\ud800\"]", 1, 9, "a lone surrogate \\uD800 is not a character"),
        ("[\"\\q\"]", 1, 5, "unknown escape '\\q' (known: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
        ("[01]", 1, 3, "a number may not start with 0 followed by digits"),
        ("[1.]", 1, 4, "expected a digit after '.'"),
        ("[1e999]", 1, 7, "the number 1e999 is out of range"),
        ("[tru]", 1, 5, "expected 'true'"),
        ("{\"a\" 1}", 1, 6, "expected ':' after the key \"a\""),
        ("[1] [2]", 1, 5, "unexpected text after the JSON value"),
        ("{\"a\": [1,\n", 2, 1, "expected a value, found the end of the file"),
        ("[\"open", 1, 7, "the string is not closed: expected '\"'"),
        ("", 1, 1, "expected a value, found the end of the file"),
    ])
    func refusesWhatRFC8259Refuses(text: String, line: Int, column: Int, message: String) {
        let found = failure(text)
        #expect(found?.message == message)
        #expect(found.map { ($0.line, $0.column) } ?? (0, 0) == (line, column))
    }

    @Test func stopsAtTheNestingLimitWithoutRecursingFurther() {
        let deep = String(repeating: "[", count: 100_000)
        let found = failure(deep)
        #expect(found?.isTooDeep == true)
        #expect(found?.column == 65)
        #expect(failure(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
    }
}
