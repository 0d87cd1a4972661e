import AmparoCore
import Testing

@Suite("Labels before a text use the label's own punctuation")
struct LabelledTests {
    @Test func latinLabelsTakeAnASCIIColonAndASpace() {
        #expect(Labelled.withColon("Urgent", "Stay silent") == "Urgent: Stay silent")
        #expect(Labelled.withColon("긴급", "침묵하세요") == "긴급: 침묵하세요")
        #expect(Labelled.after("Not settled:", "Courts disagree.") == "Not settled: Courts disagree.")
        #expect(Labelled.after("Chưa chắc chắn:", "x") == "Chưa chắc chắn: x")
    }

    @Test func chineseLabelsTakeAFullWidthColonAndNoSpace() {
        #expect(Labelled.withColon("紧急", "保持沉默") == "紧急：保持沉默")
        #expect(Labelled.withColon("緊急", "保持沉默") == "緊急：保持沉默")
        #expect(Labelled.after("尚无定论：", "法院意见不一。") == "尚无定论：法院意见不一。")
    }

    @Test func anEmptyLabelLeavesTheTextAlone() {
        #expect(Labelled.after("", "text") == "text")
    }
}
