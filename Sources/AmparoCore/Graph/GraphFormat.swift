/// The text formats `amparo graph` writes.
public enum GraphFormat: String, CaseIterable, Sendable {
    /// Graphviz DOT (`dot -Tsvg`).
    case dot
    /// A Mermaid flowchart (renders on GitHub and in many editors).
    case mermaid

    /// The flow's graph in this format, safe to write to a terminal (``TerminalSafeText``).
    public func render(_ flow: Flow) -> String {
        switch self {
        case .dot: return TerminalSafeText.sanitize(DotWriter(flow: flow).render())
        case .mermaid: return TerminalSafeText.sanitize(MermaidWriter(flow: flow).render())
        }
    }
}
