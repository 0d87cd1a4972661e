import AmparoCore
import Foundation
import Testing
@testable import AmparoUI

/// The plain line mode writes nothing that could drive the terminal, whatever reaches it: each
/// payload of `Tests/Payloads/terminal-payloads.json` put into every text of a flow (the
/// loader would refuse such a flow; this is the second line of defence).
@Suite("Plain mode is terminal-safe")
struct PlainTerminalSafetyTests {
    private struct Payload: Decodable { let name: String; let text: String }

    private static let payloads: [Payload] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Payloads/terminal-payloads.json")
        return (try? JSONDecoder().decode([Payload].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func everyPayloadInEveryTextIsWrittenSafely() throws {
        #expect(Self.payloads.count >= 30)
        let clean = try #require(FlowLoader.load(yaml: PlainFrontTests.flowYAML, file: "door.yaml").flows.first)
        for payload in Self.payloads {
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
            for source in flow.sources.indices {
                flow.sources[source].title += payload.text
                flow.sources[source].cite += payload.text
            }
            let configuration = AppConfiguration(flows: [flow], languages: LanguageChoice.shipped, fixedLanguage: "en")
            for width in [nil, 72] as [Int?] {
                var output = ""
                var front = PlainFront(configuration: configuration, reader: ScriptedLineReader(["1", "1", "1,2", "b", "x", "q"]),
                                       width: width, output: { output += $0 })
                front.run()
                #expect(output.contains("You have the right to remain silent."), "the walk must reach the card")
                let acting = output.unicodeScalars.first { scalar in
                    let value = scalar.value
                    return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
                        || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0xFEFF
                }
                #expect(acting == nil, "\(payload.name), width \(String(describing: width))")
            }
        }
    }
}
