import AmparoCore
import ArgumentParser

/// `amparo facts`: the fact base, with what rests on each fact.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "List the facts (Facts/*.yaml): confidence, status, dates, sources, and the cards and catalogs that rest on each.",
        discussion: """
        When the law changes, mark the fact superseded (status: superseded, superseded-by: NEW-ID), then run \
        amparo validate: it names every card that rests on it. Example: amparo facts --flow police-contact --stale
        """
    )

    @ArgumentParser.Option(help: ArgumentHelp("Only the facts this flow's cards rest on (a flow id).", valueName: "id"))
    var flow: String?

    @Flag(help: "Only the facts due for a check (not checked for six months).")
    var stale = false

    @ArgumentParser.Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @ArgumentParser.Option(help: ArgumentHelp("The content directory holding Flows/, Facts/ and Localization/.", valueName: "dir"))
    var content: String?


    func run() throws {
        guard let directory = ContentLocator.locate(override: content) else {
            Console.error("no content found: pass --content DIR or set AMPARO_CONTENT")
            throw ExitCode(1)
        }
        let facts = FactLoader.load(directory: directory.facts)
        let flows = FlowLoader.load(directory: directory.flows, facts: facts.base)
        let errors = (facts.diagnostics + flows.diagnostics).filter { $0.severity == .error }
        if !errors.isEmpty {
            Console.diagnostics(errors)
            Console.error("the content has errors; fix them first (amparo validate shows them all)")
            throw ExitCode(1)
        }
        if let flow, !flows.flows.contains(where: { $0.id == flow }) {
            let ids = flows.flows.map(\.id).sorted()
            let suggestion = EditDistance.suggestion(for: flow, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
            Console.error("no flow '\(flow)'\(suggestion); flows: " + ids.joined(separator: ", "))
            throw ExitCode(1)
        }
        let report = FactsReport(base: facts.base, flows: flows.flows, flow: flow, staleOnly: stale,
                                 catalogs: FactsReport.catalogKeys(in: LocalizationDirectory(path: directory.localization)))
        if format == .json { Console.writeJSON(try report.json()) } else { Console.write(report.text()) }
    }
}
