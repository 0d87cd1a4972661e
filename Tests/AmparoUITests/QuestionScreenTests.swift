import AmparoCore
import AmparoTestSupport
import Testing
@testable import AmparoUI

/// Renders question screens into the in-memory screen and compares text lines.
@Suite struct QuestionScreenTests {
    private func firstQuestion() -> App {
        let app = TestContent.app()
        app.handle(.confirm)                       // the flow picker's only flow
        return app
    }

    @Test func questionAt80x24() {
        let lines = firstQuestion().render(width: 80, height: 24).text()
        #expect(lines == [
            " Help at the door                                         Question 1 of about 3",
            "",
            " This is general information, not legal advice.",
            "",
            " Where are you?",
            "",
            " Pick the place that fits best.",
            "",
            " Choose one answer.",
            "",
            " 1. At home",
            " 2. At work",
        ] + Array(repeating: "", count: 11) + [
            " Enter: Select  b: Back  l: Change language  q: Quit  a: Agents are here now",
        ])
    }

    @Test func questionAt40x12KeepsTheQuestionAndEveryChoiceInView() {
        let lines = firstQuestion().render(width: 40, height: 12).text()
        #expect(lines == [
            " Help at the do…  Question 1 of about 3",
            "",
            " Where are you?                        ^",
            "",
            " Pick the place that fits best.",
            "",
            " Choose one answer.",
            "",
            " 1. At home",
            " 2. At work",
            "",
            " Enter: Select  a: Agents are here now",
        ])
    }

    /// Home on a question too long for the window shows the top of the page (the question),
    /// not just the choices; the first Down then scrolls to the highlighted first choice instead
    /// of moving past it, and the next Down moves the highlight.
    @Test func homeShowsTheQuestionAndDownRevealsTheFirstChoiceBeforeMoving() throws {
        let long = TestContent.yaml.replacingOccurrences(
            of: "detail: Pick the place that fits best.",
            with: "detail: " + String(repeating: "Pick the place that fits best. ", count: 6))
        let flow = TestContentFiles.flow(yaml: long, file: "door.yaml")
        let app = App(configuration: AppConfiguration(flows: [flow], languages: LanguageChoice.shipped,
                                                      fixedLanguage: "en", strings: { _ in .english }))
        app.handle(.confirm)
        func rowStyle(_ label: String, _ screen: Screen) -> Style? {
            guard let row = screen.text().firstIndex(where: { $0.contains(label) }) else { return nil }
            return screen[1, row].style
        }
        let opening = app.render(width: 40, height: 12)
        #expect(rowStyle("1. At home", opening) == .selected)        // the choices, as before
        #expect(!opening.text().contains { $0.contains("Where are you?") })

        app.handle(.first)
        let top = app.render(width: 40, height: 12)
        #expect(top.text().contains { $0.contains("Where are you?") })
        #expect(rowStyle("1. At home", top) == nil)                   // below the window

        app.handle(.down)
        let revealed = app.render(width: 40, height: 12)
        #expect(rowStyle("1. At home", revealed) == .selected)       // still the first choice
        #expect(rowStyle("2. At work", revealed) == .normal)

        app.handle(.down)
        let moved = app.render(width: 40, height: 12)
        #expect(rowStyle("2. At work", moved) == .selected)
        #expect(rowStyle("1. At home", moved) == .normal)
    }

    @Test func theHighlightCoversTheSelectedChoiceLabel() {
        let app = firstQuestion()
        app.handle(.down)
        let screen = app.render(width: 80, height: 24)
        #expect((1...10).allSatisfy { screen[$0, 11].style == .selected })   // "2. At work"
        #expect(screen[11, 11].style == .normal)
        #expect(screen[1, 10].style == .normal)
        #expect(screen[0, 0].style == .header)
    }

    @Test func chineseWrapsBetweenCharactersAndKeepsPunctuationOnItsLine() {
        let app = TestContent.app(language: "zh-Hans",
                                  strings: { FakeCatalog.strings($0, content: FakeCatalog.chinese) })
        app.handle(.confirm)
        let screen = app.render(width: 40, height: 12)
        #expect(screen.text() == [
            " 门口求助         Question 1 of about 3",
            "",
            " 这是一般信息，不是法律意见。",
            " 你现在在哪里？请选择最符合你情况的地",
            " 点，然后按回车键。",
            " 选择最符合的地点。",
            " 1. 在家",
            " 2. 在工作场所",
            "",
            "",
            "",
            " Enter: Select  a: Agents are here now",
        ])
        // Each wide character takes two cells: its own and a continuation.
        #expect(screen[1, 3].grapheme == "你" && screen[1, 3].width == 2)
        #expect(screen[2, 3].isContinuation)
        for row in 0..<screen.height {
            #expect(DisplayWidth.of(screen.text()[row]) <= 40)
        }
    }

    @Test func decomposedVietnameseWrapsByLettersNotCodePoints() {
        let app = TestContent.app(language: "vi",
                                  strings: { FakeCatalog.strings($0, content: FakeCatalog.vietnameseDecomposed) })
        app.handle(.confirm)
        let screen = app.render(width: 40, height: 12)
        let lines = screen.text()
        #expect(lines[2] == " \u{110}a\u{302}y la\u{300} tho\u{302}ng tin chung, kho\u{302}ng pha\u{309}i t\u{1B0}")
        #expect(lines[4] == " Ba\u{323}n \u{111}ang \u{1A1}\u{309} \u{111}a\u{302}u? Ha\u{303}y cho\u{323}n n\u{1A1}i phu\u{300} h\u{1A1}\u{323}p")
        #expect(lines[5] == " nha\u{302}\u{301}t v\u{1A1}\u{301}i ba\u{323}n.")
        #expect(lines[7] == " 1. \u{1A0}\u{309} nha\u{300}")
        // "â" decomposed is one cell holding the letter and its mark; "ấ" holds two marks.
        #expect(screen[2, 2].grapheme == "a\u{302}")
        #expect(screen[3, 5].grapheme == "a\u{302}\u{301}")
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func aMissingTranslationShowsEnglishWithANotice() {
        let partial = FakeCatalog.chinese.filter { $0.key != "door.step.where.detail" }
        let app = TestContent.app(language: "zh-Hans", strings: { FakeCatalog.strings($0, content: partial) })
        app.handle(.confirm)
        let lines = app.render(width: 80, height: 24).text()
        #expect(lines[2] == " This part is not translated yet, so it is shown in English.")
        #expect(lines.contains(" Pick the place that fits best."))
    }

    @Test func multipleChoiceShowsCheckBoxesAndAContinueButton() {
        let app = firstQuestion()
        app.handle(.pick(2))                       // At work → needs
        app.handle(.toggle)
        let lines = app.render(width: 80, height: 24).text()
        #expect(lines[0].hasSuffix("Question 2 of about 2"))
        #expect(lines.contains(" [x] 1. Phone calls"))
        #expect(lines.contains(" [ ] 2. The door"))
        #expect(lines.contains(" [ ] 3. I don't know / not sure"))
        #expect(lines.contains(" [ Continue ]"))
        #expect(lines[23].hasPrefix(" Space: Check or uncheck"))
    }
}
