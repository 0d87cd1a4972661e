import Testing
@testable import AmparoCore

@Suite struct LineWrapperTests {
    private func widths(_ lines: [String]) -> [Int] { lines.map { DisplayWidth.of($0) } }

    @Test func englishBreaksAtSpaces() {
        let lines = LineWrapper.wrap("You have the right to remain silent.", width: 16)
        #expect(lines == ["You have the", "right to remain", "silent."])
    }

    @Test func newlinesStartNewLinesAndKeepEmptyOnes() {
        #expect(LineWrapper.wrap("One\n\nTwo", width: 10) == ["One", "", "Two"])
    }

    @Test func longWordsHardBreakAtTheEdge() {
        #expect(LineWrapper.wrap("Call 1-888-624-4752 now", width: 8) == ["Call", "1-888-62", "4-4752", "now"])
    }

    @Test func chineseBreaksBetweenCharactersWithinTheWidth() {
        let lines = LineWrapper.wrap("你有权保持沉默。你不必回答任何问题。", width: 10)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined() == "你有权保持沉默。你不必回答任何问题。")
        #expect(lines.count == 4)
    }

    @Test func chineseClosingPunctuationStaysWithTheCharacterBefore() {
        // 10 cells fit "你有权保持"; "，" must not begin the next line.
        let lines = LineWrapper.wrap("你有权保持，沉默", width: 10)
        #expect(lines == ["你有权保", "持，沉默"])
        #expect(lines.allSatisfy { $0.first != "，" })
    }

    @Test func chineseOpeningPunctuationStaysWithTheCharacterAfter() {
        let lines = LineWrapper.wrap("请说「我不同意」", width: 6)
        #expect(lines == ["请说", "「我不", "同意」"])
    }

    @Test func chineseMixedWithLatinBreaksAtTheBoundary() {
        let lines = LineWrapper.wrap("不要签署I-9表格", width: 10)
        #expect(lines == ["不要签署", "I-9表格"])
    }

    @Test func vietnamesePrecomposedWrapsByDisplayWidth() {
        let text = "B\u{1EA1}n c\u{00F3} quy\u{1EC1}n gi\u{1EEF} im l\u{1EB7}ng."   // Bạn có quyền giữ im lặng.
        let lines = LineWrapper.wrap(text, width: 12)
        #expect(lines == ["B\u{1EA1}n c\u{00F3} quy\u{1EC1}n", "gi\u{1EEF} im l\u{1EB7}ng."])
    }

    @Test func vietnameseDecomposedWrapsTheSameAndKeepsMarksOnTheirLetters() {
        let text = "Ba\u{323}n co\u{301} quye\u{302}\u{300}n giu\u{31B}\u{303} im la\u{306}\u{323}ng."
        let lines = LineWrapper.wrap(text, width: 12)
        #expect(widths(lines) == [12, 12])
        #expect(lines.count == 2)
        #expect(lines[1].unicodeScalars.first == "g")
        for line in lines { #expect(line.unicodeScalars.first.map { $0.properties.generalCategory } != .nonspacingMark) }
    }

    @Test func decomposedWordHardBreaksBetweenGraphemeClustersOnly() {
        let word = String(repeating: "a\u{323}\u{306}", count: 7)
        let lines = LineWrapper.wrap(word, width: 3)
        #expect(widths(lines) == [3, 3, 1])
        #expect(lines.allSatisfy { $0.unicodeScalars.first == "a" })
    }

    @Test func koreanBreaksAtSpacesNotInsideWords() {
        let lines = LineWrapper.wrap("당신은 묵비권을 행사할 권리가 있습니다", width: 16)
        #expect(lines == ["당신은 묵비권을", "행사할 권리가", "있습니다"])
    }

    @Test func tagalogBreaksAtSpaces() {
        let lines = LineWrapper.wrap("May karapatan kang manahimik at humingi ng abogado.", width: 20)
        #expect(lines == ["May karapatan kang", "manahimik at humingi", "ng abogado."])
    }

    @Test func wideCharacterNeverStraddlesTheEdge() {
        let lines = LineWrapper.wrap("a你好", width: 2)
        #expect(lines == ["a", "你", "好"])
    }
}

@Suite struct LineWrapperLongWordTests {
    @Test func longWordsStayWholeWhenAsked() {
        let lines = LineWrapper.wrap("Call 1-888-624-4752 now", width: 8, breakingLongWords: false)
        #expect(lines == ["Call", "1-888-624-4752", "now"])
    }

    @Test func chineseStillBreaksBetweenCharactersWhenLongWordsStayWhole() {
        let lines = LineWrapper.wrap("你有权保持沉默。你不必回答任何问题。", width: 10, breakingLongWords: false)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
        #expect(lines.joined() == "你有权保持沉默。你不必回答任何问题。")
    }
}
