/// Writes a flow as a Mermaid flowchart: questions as rounded boxes, information screens as
/// plain boxes, outcomes as filled double circles, "I don't know" edges dotted.
struct MermaidWriter {
    let flow: Flow

    func render() -> String {
        var nodeIDs: [String: String] = [:]
        for (position, step) in flow.steps.enumerated() where nodeIDs[step.id] == nil {
            nodeIDs[step.id] = "s\(position)"
        }
        let node = { (stepID: String) -> String in nodeIDs[stepID] ?? "missing_\(sanitize(stepID))" }
        var out = "flowchart TD\n"
        out += "  start((\" \")) --> \(node(flow.start.id))\n"
        for step in flow.steps {
            let label = "\"" + GraphLabel.lines(for: step).map(escape).joined(separator: "<br/>") + "\""
            switch step.kind {
            case .single, .multiple: out += "  \(node(step.id))(\(label))\n"
            case .info: out += "  \(node(step.id))[\(label)]\n"
            case .outcome: out += "  \(node(step.id))(((\(label))))\n"
            }
        }
        for edge in flow.edges() {
            let arrow = edge.kind == .unsure ? "-.->" : "-->"
            let label = edge.label.isEmpty ? "" : "|\(quote(edge.label))|"
            out += "  \(node(edge.from)) \(arrow)\(label) \(node(edge.to))\n"
        }
        let outcomes = flow.steps.filter { $0.kind.isOutcome }.compactMap { nodeIDs[$0.id] }
        if !outcomes.isEmpty {
            out += "  classDef outcome fill:#d9ead3,stroke:#38761d\n"
            out += "  class \(outcomes.joined(separator: ",")) outcome\n"
        }
        return out
    }

    /// A Mermaid quoted label.
    func quote(_ text: String) -> String {
        "\"" + escape(text) + "\""
    }

    /// Quotes, `#`, `<` and `>` as Mermaid entities, so text can neither end the label nor
    /// become HTML.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\n", "\r\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    private func sanitize(_ id: String) -> String {
        String(id.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }
}
