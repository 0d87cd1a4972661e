import Testing
@testable import AmparoCore

@Suite struct GraphLabelTests {
    @Test func wrapsWordsAndKeepsLongOnesWhole() {
        #expect(GraphLabel.wrap("Did they\nshow a  warrant-signed-by-a-judge?", width: 10)
            == ["Did they", "show a", "warrant-signed-by-a-judge?"])
        #expect(GraphLabel.wrap(" \n ", width: 10) == [])
    }

    @Test func chineseWrapsByDisplayWidth() {
        let text = "执法人员出示了什么？官员签署的表格"
        let lines = GraphLabel.wrap(text, width: 12)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        #expect(lines.joined() == text)
    }
}
