import AmparoCore
import ArgumentParser

/// `amparo paths`: counts a flow's answer paths and lists them when there are few.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Count a flow's distinct answer paths; list them with their outcome and cards when few.",
        discussion: "Exits 1 when some path reaches no card."
    )

    @OptionGroup var flowOptions: FlowOptions


    @ArgumentParser.Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @ArgumentParser.Option(help: "List the paths when there are at most this many.")
    var limit: Int = 200

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        // Not validated first: analysis copes with cycles and dead ends, and reporting paths
        // without a card is this command's job.
        let report = PathsReport(flow: try flowOptions.load(validated: false),
                                 limit: limit)
        if format == .json { Console.writeJSON(try report.json()) } else { Console.write(report.text()) }
        if !report.everyPathShowsACard { throw ExitCode(1) }
    }
}
