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

/// Writing to standard output and standard error.
enum Console {
    /// Writes text to standard output as it is.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `error: message` on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    }

    /// Located diagnostics on standard error, with source lines and carets.
    static func diagnostics(_ diagnostics: [Diagnostic]) {
        var renderer = DiagnosticRenderer(color: false)
        for file in Set(diagnostics.map(\.location.file)) {
            if let text = try? String(contentsOfFile: file, encoding: .utf8) { renderer.addSource(text, for: file) }
        }
        for diagnostic in diagnostics {
            FileHandle.standardError.write(Data((renderer.render(diagnostic) + "\n").utf8))
        }
    }
}
