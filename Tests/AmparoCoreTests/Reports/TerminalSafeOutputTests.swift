import Foundation
import AmparoTestSupport
import Testing
@testable import AmparoCore

/// The second line of defence: every writer of the engine writes nothing that could drive a
/// terminal, even given a flow with a payload in every text field (which the loader refuses,
/// so only a bug could pass one on).
@Suite("Terminal-safe output")
struct TerminalSafeOutputTests {
    @Test(arguments: TerminalPayload.all)
    func noWriterPassesAPayloadOn(payload: TerminalPayload) throws {
        let flow = try #require(PayloadFlow.withEveryField(payload))
        #expect(flow.title.english.contains(payload.text.nfcNormalized) || payload.text.contains("\u{0}"),
                "the payload must reach the flow, or this test proves nothing")
        let decision = try Decider.decide(flow, answers: Decider.parse(["door=yes", "needs=food"]))
        let report = DecisionReport(decision: decision)
        let paths = PathsReport(flow: flow, limit: 200)
        var outputs = [
            "review": ReviewSheet(flow: flow).text(),
            "decide text": report.text(),
            "decide json": try report.json(),
            "paths text": paths.text(),
            "paths json": try paths.json(),
        ]
        for format in GraphFormat.allCases { outputs["graph \(format)"] = format.render(flow) }
        for (name, output) in outputs {
            #expect(firstTerminalActingScalar(in: output) == nil, "\(name): \(output.prefix(400).debugDescription)")
        }
        // The JSON stays JSON, with the text exact.
        let json = try JSONSerialization.jsonObject(with: Data(try report.json().utf8)) as? [String: Any]
        let title = (json?["flow"] as? [String: Any])?["title"] as? String
        #expect(title == flow.title.english)
    }

    /// Diagnostics echo what they found (a key, a value, the source line); with colours on, the
    /// only escape sequences are the renderer's own SGR colours.
    @Test(arguments: TerminalPayload.all)
    func diagnosticsShowAPayloadWithoutPassingItOn(payload: TerminalPayload) throws {
        let source = "id: demo\ntitle: Help\n" + payload.text + ": 1\nx: \"" + payload.yamlEscaped + "\"\n"
        var renderer = DiagnosticRenderer(color: true)
        renderer.addSource(source, for: "demo.yaml")
        let diagnostics = [
            Diagnostic(.unknownKey, "unknown key '\(payload.text)' in the flow", at: SourceLocation(file: "demo.yaml", line: 3, column: 1),
                       notes: ["first defined here: " + payload.text], suggestion: payload.text),
            Diagnostic(.controlCharacter, "x", at: SourceLocation(file: payload.text + ".yaml", line: 4, column: 5)),
        ]
        for diagnostic in diagnostics {
            let rendered = renderer.render(diagnostic)
            let withoutColours = rendered.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(firstTerminalActingScalar(in: withoutColours) == nil, "\(rendered.debugDescription)")
        }
    }

    /// The source line with an escape in it keeps its caret under the right character.
    @Test func theCaretAllowsForTheShownForm() {
        let renderer = DiagnosticRenderer(sources: ["f.yaml": "a: \u{1B}]0;x\u{7} [x\n"])
        let rendered = renderer.render(Diagnostic(.yamlSyntax, "here", at: SourceLocation(file: "f.yaml", line: 1, column: 10)))
        let lines = rendered.components(separatedBy: "\n")
        #expect(lines.dropFirst().first == "a: <U+001B>]0;x<U+0007> [x")
        #expect(lines.dropFirst(2).first == String(repeating: " ", count: 23) + "^")
    }
}
