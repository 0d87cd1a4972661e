import AmparoCore
import ArgumentParser

/// `amparo graph`: the flow as a Graphviz or Mermaid graph.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print a flow as a graph: Graphviz DOT or Mermaid.",
        discussion: "Example: amparo graph workplace-raid --format dot | dot -Tsvg > workplace-raid.svg"
    )

    @OptionGroup var flowOptions: FlowOptions

    /// The root command, which also parses `--content` and `--lang` when they are given.
    @ParentCommand var root: AmparoCommand

    @ArgumentParser.Option(help: "Graph format: dot or mermaid.")
    var format: GraphFormat = .dot

    func run() throws {
        let flow = try flowOptions.load(contentFallback: root.wizard.content, validated: false)
        Console.write(format.render(flow))
    }
}
