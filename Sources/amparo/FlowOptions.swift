import AmparoCore
import ArgumentParser
import Foundation

/// The `FLOW` argument and `--content` option shared by decide, paths, graph and review.
struct FlowOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A flow id from the content's Flows/ (e.g. workplace-raid) or a path to a flow file.",
                                 valueName: "flow"))
    var flow: String

    @ArgumentParser.Option(help: ArgumentHelp("The content directory holding Flows/ and Localization/.", valueName: "dir"))
    var content: String?

    /// Loads the flow, or prints why not (with located diagnostics) and exits 1. With
    /// `validated`, a flow the validator finds errors in (a cycle, a dead end, an unknown
    /// reference) is refused too.
    func load(validated: Bool = true) throws -> Flow {
        switch FlowReference.load(flow, content: ContentLocator.locate(override: content)) {
        case .found(let flow, _):
            guard validated else { return flow }
            let errors = FlowValidator().validate(flow).filter { $0.severity == .error }
            if !errors.isEmpty {
                Console.diagnostics(errors)
                Console.error("the flow has errors; fix them first (amparo validate shows them all)")
                throw ExitCode(1)
            }
            return flow
        case .notFound(let message):
            Console.error(message)
            throw ExitCode(1)
        case .invalid(let diagnostics):
            Console.diagnostics(diagnostics)
            Console.error("the flow has errors; fix them first (amparo validate shows them all)")
            throw ExitCode(1)
        }
    }
}
