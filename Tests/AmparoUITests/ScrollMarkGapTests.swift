import AmparoCore
import Testing
@testable import AmparoUI

/// The "more above / more below" marks at the right edge of a scrolled body never touch the
/// last letter of a line that fills the width ("Medi-Calv").
@Suite struct ScrollMarkGapTests {
    /// Every row whose last column holds a scroll mark has a blank cell just before it.
    private func marksStandApart(_ screen: Screen) -> [String] {
        var touching: [String] = []
        for row in 0..<screen.height {
            let mark = screen[screen.width - 1, row].grapheme
            guard mark == "^" || mark == "v" else { continue }
            let before = screen[screen.width - 2, row]
            if before.isContinuation || before.grapheme != " " {
                touching.append(screen.text()[row])
            }
        }
        return touching
    }

    /// home → ICE form → needs: calls → the outcome with both cards.
    private func outcome() -> App {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(1))
        app.handle(.pick(2))
        app.handle(.pick(1))
        app.handle(.last)
        app.handle(.confirm)
        return app
    }

    @Test func englishGuidanceKeepsAGapBeforeTheMarksAtEveryWidth() {
        for width in [40, 41, 43, 47, 52, 58, 63, 71, 80] {
            for height in [12, 24] {
                let app = outcome()
                for _ in 0..<40 {
                    let screen = app.render(width: width, height: height)
                    let touching = marksStandApart(screen)
                    #expect(touching.isEmpty, "\(width)x\(height): \(touching)")
                    app.handle(.down)
                }
            }
        }
    }

    @Test func chineseTextThatFillsTheBodyStopsShortOfTheMarks() {
        let text = String(repeating: "医疗补助计划可以帮助你支付看病费用。", count: 60)
        for (width, height) in [(80, 24), (40, 12)] {
            var screen = Screen(width: width, height: height)
            let body = Rect(x: FrameView.margin, y: 2, width: width - 2 * FrameView.margin, height: height - 4)
            var document = Document(width: body.width)
            document.paragraph(text)
            for offset in [0, 2] {
                ScrollView.draw(document.lines, offset: offset, in: body, on: &screen)
                #expect(screen.text().contains { $0.hasSuffix("v") || $0.hasSuffix("^") })
                #expect(marksStandApart(screen).isEmpty, "\(width)x\(height)")
                #expect(document.lines.allSatisfy { DisplayWidth.of($0.text) <= body.width - 1 })
            }
        }
    }
}
