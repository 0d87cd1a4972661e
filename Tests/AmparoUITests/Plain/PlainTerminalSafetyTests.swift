import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

/// The plain line mode writes nothing that could drive the terminal, whatever reaches it: each
/// payload of `Tests/Payloads/terminal-payloads.json` put into every text of a flow (the
/// loader would refuse such a flow; this is the second line of defence).
@Suite("Plain mode is terminal-safe")
struct PlainTerminalSafetyTests {
    @Test func everyPayloadInEveryTextIsWrittenSafely() throws {
        #expect(TerminalPayload.all.count >= 30)
        let clean = try #require(FlowLoader.load(yaml: PlainFrontTests.flowYAML, file: "door.yaml").flows.first)
        for payload in TerminalPayload.all {
            var flow = clean
            func poison(_ text: inout Text) { text.english += " " + payload.text }
            poison(&flow.title)
            poison(&flow.summary)
            for step in flow.steps.indices {
                poison(&flow.steps[step].text)
                for option in flow.steps[step].options.indices { poison(&flow.steps[step].options[option].label) }
            }
            for card in flow.cards.indices {
                poison(&flow.cards[card].title)
                poison(&flow.cards[card].body)
            }
            let configuration = AppConfiguration(flows: [flow], languages: LanguageChoice.shipped, fixedLanguage: "en")
            for width in [nil, 72] as [Int?] {
                var output = ""
                var front = PlainFront(configuration: configuration, reader: ScriptedLineReader(["1", "1", "1,2", "b", "x", "q"]),
                                       width: width, output: { output += $0 })
                front.run()
                #expect(output.contains("You have the right to remain silent."), "the walk must reach the card")
                #expect(firstTerminalActingScalar(in: output) == nil, "\(payload.name), width \(String(describing: width))")
            }
        }
    }
}
