/// Writes a flow as a Graphviz DOT digraph: questions as rounded boxes, information screens as
/// notes, outcomes as filled double octagons, choices and rules as labelled edges, and
/// "I don't know" edges dashed.
struct DotWriter {
    let flow: Flow

    func render() -> String {
        var out = "digraph \(quote(flow.id)) {\n"
        out += "  graph [rankdir=TB, label=\(quote(flow.title.english)), labelloc=t, fontname=\"Helvetica\"];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"
        out += "  \"__start\" [shape=point, width=0.15];\n"
        out += "  \"__start\" -> \(quote(flow.start.id));\n"
        for step in flow.steps {
            out += "  \(quote(step.id)) [\(attributes(for: step))];\n"
        }
        for edge in flow.edges() {
            var attributes = ["label=\(quote(GraphLabel.wrap(edge.label, width: 28).joined(separator: "\n")))"]
            switch edge.kind {
            case .unsure: attributes.append("style=dashed")
            case .rule: attributes.append("color=\"#1f5fa8\", fontcolor=\"#1f5fa8\"")
            case .choice, .next: break
            }
            out += "  \(quote(edge.from)) -> \(quote(edge.to)) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    private func attributes(for step: Step) -> String {
        let label = "label=\(quote(GraphLabel.lines(for: step).joined(separator: "\n")))"
        switch step.kind {
        case .single:
            return "\(label), shape=box, style=rounded"
        case .multiple:
            return "\(label), shape=box, style=\"rounded,bold\", peripheries=2"
        case .info:
            return "\(label), shape=note"
        case .outcome:
            return "\(label), shape=doubleoctagon, style=filled, fillcolor=\"#d9ead3\""
        }
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, newlines as `\n`.
    func quote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
