import Testing
@testable import AmparoCore

@Suite("Condition parser")
struct ConditionParserTests {
    let origin = SourceLocation(file: "f.yaml", line: 3, column: 10)

    func parse(_ text: String) throws -> Condition {
        try ConditionParser.parse(text, at: origin)
    }

    func failure(_ text: String) -> ConditionError? {
        do {
            _ = try ConditionParser.parse(text, at: origin)
            return nil
        } catch {
            return error
        }
    }

    @Test func precedence() throws {
        let condition = try parse(#"not a == "x" or b == "y" and answered(c)"#)
        #expect(condition.description == #"not a == "x" or (b == "y" and answered(c))"#)
        guard case .or(.not, .and) = condition else {
            Issue.record("expected (not …) or (… and …), got \(condition)")
            return
        }
    }

    @Test func allForms() throws {
        let condition = try parse(#"where == "work" and warrant in ["administrative", "unsure"] and "food" in needs and x != "no" and (true or false)"#)
        #expect(condition.questions.map(\.id) == ["where", "warrant", "needs", "x"])
        #expect(condition.comparisons.map { $0.options.map(\.id) } == [["work"], ["administrative", "unsure"], ["food"], ["no"]])
    }

    @Test func refsCarryColumns() throws {
        let condition = try parse(#"where == "work""#)
        guard case .equals(let question, let option) = condition else {
            Issue.record("expected ==, got \(condition)")
            return
        }
        #expect(question.location.column == 10)
        #expect(option.location.column == 20)
    }

    @Test(arguments: [
        (#"where = "work""#, 6, "use '==' to compare, not '='"),
        (#"where == work"#, 9, #"option ids are quoted: write "work""#),
        (#"where == "work" and"#, 19, "expected a condition, found the end of the condition"),
        (#"(a == "b""#, 9, "expected ')' to close '(', found the end of the condition"),
        (#"a == "b"#, 5, "unterminated string"),
        (#"a in "b""#, 5, #"expected '[' after 'in' (or write "option" in a), found "b""#),
        (#"a == "b" c"#, 9, "expected 'and', 'or' or the end of the condition, found 'c'"),
        ("", 0, "empty condition"),
        ("a ? b", 2, "unexpected character '?'"),
    ])
    func errorsPointAtTheColumn(text: String, offset: Int, message: String) {
        let error = failure(text)
        #expect(error?.message == message)
        #expect(error?.offset == offset)
        #expect(error?.location.column == 10 + offset)
    }

    @Test func deepNestingIsRefused() {
        let text = String(repeating: "(", count: 500) + "true" + String(repeating: ")", count: 500)
        #expect(failure(text)?.message.contains("nested more than") == true)
    }

    @Test func evaluation() throws {
        let answers: Answers = ["where": .one("work"), "warrant": .unsure, "needs": .many(["food", "school"])]
        let cases: [(String, Bool)] = [
            (#"where == "work""#, true),
            (#"where != "work""#, false),
            (#"where != "home""#, true),
            (#"other != "home""#, false),
            (#"warrant in ["administrative", "unsure"]"#, true),
            (#"warrant == "unsure""#, true),
            (#""food" in needs"#, true),
            (#""health" in needs"#, false),
            (#"answered(needs) and not answered(other)"#, true),
            (#"other == "x" or true"#, true),
            (#"needs == "food""#, false),
        ]
        for (text, expected) in cases {
            #expect(try parse(text).evaluate(answers) == expected, "\(text)")
        }
    }
}

@Suite("Edit distance")
struct EditDistanceTests {
    @Test func countsEditsAndTranspositions() {
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("kitten", "sitting") == 3)
        #expect(EditDistance.between("sya", "say") == 1)
        #expect(EditDistance.between("titel", "title") == 1)
    }

    @Test func suggestsOnlyNearMisses() {
        #expect(EditDistance.suggestion(for: "sumary", among: ["summary", "title"]) == "summary")
        #expect(EditDistance.suggestion(for: "warant", among: ["warrant", "where"]) == "warrant")
        #expect(EditDistance.suggestion(for: "xyz", among: ["summary", "title"]) == nil)
        #expect(EditDistance.suggestion(for: "title", among: ["title"]) == nil)
    }
}
