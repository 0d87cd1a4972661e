import Testing
@testable import AmparoCore

@Suite struct HangingIndentTests {
    @Test func markerWidthsOfDashAndNumberedItems() {
        #expect(HangingIndent.markerWidth("- item") == 2)
        #expect(HangingIndent.markerWidth("12. item") == 4)
        #expect(HangingIndent.markerWidth("12.item") == 0)
        #expect(HangingIndent.markerWidth("plain") == 0)
    }

    @Test func continuationLinesHangUnderTheText() {
        let lines = HangingIndent.lines("- one two three four five", width: 16, first: "  ", rest: "    ")
        #expect(lines == ["  - one two", "    three four", "    five"])
    }

    @Test func everyLineGetsAtLeastTheMinimumRoom() {
        let lines = HangingIndent.lines("aaaa bbbb cccc", width: 4, first: "", rest: "      ")
        #expect(lines == ["aaaa bbbb", "      cccc"])
    }

    @Test func keptLongWordsStayWhole() {
        let url = "https://example.org/a/very/long/address"
        let lines = HangingIndent.lines("see " + url, width: 20, first: "", rest: "  ", breakingLongWords: false)
        #expect(lines == ["see", "  " + url])
    }

    @Test func emptyParagraphIsTheFirstPrefixAlone() {
        #expect(HangingIndent.lines("", width: 20, first: "> ", rest: "  ") == ["> "])
    }
}
