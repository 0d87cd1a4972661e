import AmparoCore
import ArgumentParser

/// `amparo decide`: walks a flow with answers given on the command line.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Walk a flow with scripted answers and print the path, the outcome and its cards.",
        discussion: """
        Give one --answer per question on the path. Multiple choice: --answer needs=food,health. \
        "I don't know": --answer warrant=unsure. With --site DIR, the site's services that the \
        cards call for follow what to say. Nothing is saved.
        Example: amparo decide workplace-raid --answer situation=agents-now --answer employer=private
        """
    )

    @OptionGroup var flowOptions: FlowOptions


    @ArgumentParser.Option(name: .customLong("answer"), help: ArgumentHelp("A question's answer: STEP=OPTION or STEP=OPTION,OPTION.",
                                                            valueName: "step=option"))
    var answers: [String] = []

    @ArgumentParser.Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var language: LanguageOptions

    @OptionGroup var site: SiteOptions

    func run() throws {
        let flow = try flowOptions.load()
        let reportLanguage = try language.reportLanguage(for: flow)
        let site = try site.load()
        do {
            let decision = try Decider.decide(flow, answers: try Decider.parse(answers))
            let report = DecisionReport(decision: decision, language: reportLanguage, site: site)
            if format == .json { Console.writeJSON(try report.json()) } else { Console.write(report.text()) }
        } catch let error as DecisionError {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}
