import Foundation
import Testing

@Suite("amparo graph")
struct GraphCommandTests {
    @Test("DOT output: styled nodes, labelled and dashed edges, and Graphviz renders it")
    func dot() throws {
        let run = try Amparo.run(["graph", Amparo.doorFlow, "--format", "dot"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.hasPrefix("digraph \"door\" {"))
        #expect(out.contains("\"comply\" [label=\"[comply]\\nLet them in, and stay silent\\ncards: silent + matching\", shape=doubleoctagon, style=filled"))
        #expect(out.contains("\"where\" -> \"warrant\" [label=\"At home\"]"))
        #expect(out.contains("\"where\" -> \"needs\" [label=\"I don't know\", style=dashed]"))
        #expect(out.contains("\"warrant\" -> \"comply\" [label=\"if warrant == \\\"judicial\\\"\""))
        #expect(out.contains("\"how-to-tell\" [label=\"[how-to-tell]\\nHow to tell a judge's warrant\\nfrom an ICE form\", shape=note]"))
        try expectGraphvizRenders(out)
    }

    @Test("quotes and backslashes in text are escaped so Graphviz still renders")
    func escaping() throws {
        let tricky = try String(contentsOfFile: Amparo.doorFlow, encoding: .utf8)
            .replacingOccurrences(of: "text: Where are you?", with: #"text: 'Where are you? Say "here" \ or "there" {x} <b>'"#)
        let content = try Amparo.contentDirectory(["door.yaml": tricky])
        let run = try Amparo.run(["graph", content + "/Flows/door.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#"Say \"here\" \\ or\n\"there\" {x} <b>""#))
        try expectGraphvizRenders(run.stdout)
        let mermaid = try Amparo.run(["graph", content + "/Flows/door.yaml", "--format", "mermaid"])
        #expect(mermaid.stdout.contains("Say #quot;here#quot;"))
        #expect(mermaid.stdout.contains("{x} #lt;b#gt;"))
        #expect(!mermaid.stdout.contains(#"Say "here""#))
    }

    @Test("Mermaid output: outcomes styled apart, unsure edges dotted")
    func mermaid() throws {
        let run = try Amparo.run(["graph", Amparo.doorFlow, "--format", "mermaid"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart TD")
        #expect(lines.contains("  s0 -->|\"At home\"| s1"))
        #expect(lines.contains("  s0 -.->|\"I don't know\"| s3"))
        #expect(lines.contains { $0.hasPrefix("  s4(((\"[comply]") })
        #expect(lines.contains("  class s4,s5 outcome"))
    }

    @Test("every shipped flow renders with Graphviz, and as Mermaid")
    func shippedFlows() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: Amparo.root + "/Flows") where file.hasSuffix(".yaml") {
            let dot = try Amparo.run(["graph", "Flows/" + file])
            #expect(dot.status == 0, "\(file): \(dot.stderr)")
            try expectGraphvizRenders(dot.stdout, mentioning: "doubleoctagon")
            let mermaid = try Amparo.run(["graph", "Flows/" + file, "--format", "mermaid"])
            #expect(mermaid.status == 0 && mermaid.stdout.hasPrefix("flowchart TD\n"), "\(file)")
        }
    }

    @Test("an unknown format is refused")
    func unknownFormat() throws {
        let run = try Amparo.run(["graph", Amparo.doorFlow, "--format", "png"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("png"))
    }

    private func expectGraphvizRenders(_ dot: String, mentioning expected: String = "comply") throws {
        guard let graphviz = Amparo.which("dot") else {
            Issue.record("Graphviz `dot` is not installed (apt-get install graphviz; .ci/run installs it)")
            return
        }
        let svg = try Amparo.run(executable: graphviz, ["-Tsvg"], input: dot)
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stderr.isEmpty, "\(svg.stderr)")
        #expect(svg.stdout.contains("<svg"))
        #expect(dot.contains(expected))
        #expect(svg.stdout.contains("</svg>"))
    }
}
