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


    @ArgumentParser.Option(help: "Graph format: dot or mermaid.")
    var format: GraphFormat = .dot

    func run() throws {
        let flow = try flowOptions.load(validated: false)
        Console.write(format.render(flow))
    }
}
