import Testing
@testable import AmparoCore

@Suite struct TextWrapTests {
    @Test func englishWrapsAtSpacesUnderTheIndent() {
        let lines = TextWrap.lines("You have the right to remain silent.", width: 20, indent: "   ")
        #expect(lines == ["   You have the", "   right to remain", "   silent."])
    }

    @Test func listItemsHangUnderTheTextAcrossParagraphs() {
        let lines = TextWrap.lines("- one two three\nfour", width: 10)
        #expect(lines == ["- one two", "  three", "  four"])
    }

    @Test func webAddressesStayWhole() {
        let url = "https://www.ilrc.org/red-cards-tarjetas-rojas"
        #expect(TextWrap.lines("Source: " + url, width: 20) == ["Source:", url])
    }

    @Test func chineseWrapsByDisplayWidth() {
        let text = "不管您是什么移民身份，您都有权保持沉默。您不必说您在哪里出生。您不必说您的身份。"
        let lines = TextWrap.lines(text, width: 30, indent: "   ")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 && $0.hasPrefix("   ") })
        #expect(lines.map { $0.dropFirst(3) }.joined() == text)
    }

    @Test func koreanWrapsAtSpacesByDisplayWidth() {
        let lines = TextWrap.lines("당신은 묵비권을 행사할 권리가 있습니다", width: 16)
        #expect(lines == ["당신은 묵비권을", "행사할 권리가", "있습니다"])
    }

    @Test func trailingBlankLinesAreDropped() {
        #expect(TextWrap.lines("text\n\n", width: 20) == ["text"])
    }
}
