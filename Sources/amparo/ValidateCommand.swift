import AmparoCore
import AmparoUI
import ArgumentParser
import Foundation

/// `amparo validate`: checks the flows (and catalogs) and reports every problem with its position.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the flows, their facts, the catalogs and the sites (Sites/) and report every problem as file:line:col.",
        discussion: "Exits 1 when there are errors, 0 when there are only warnings. Codes: docs/diagnostics.md."
    )

    @ArgumentParser.Option(help: ArgumentHelp("A flow file or a directory of flows (default: the content's Flows/).", valueName: "path"))
    var flows: String?

    @ArgumentParser.Option(help: ArgumentHelp("The facts directory (default: the Facts/ beside the flows, else the content's).", valueName: "dir"))
    var facts: String?

    @ArgumentParser.Option(help: ArgumentHelp("The catalogs directory (default: the content's Localization/).", valueName: "dir"))
    var localization: String?

    @ArgumentParser.Option(help: ArgumentHelp("The content directory holding Flows/, Facts/ and Localization/.", valueName: "dir"))
    var content: String?


    func run() throws {
        let located = ContentLocator.locate(override: content)
        guard let flowsPath = flows ?? located?.flows else {
            throw ValidationError("no content found: pass --content DIR or --flows DIR, or set AMPARO_CONTENT")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: flowsPath, isDirectory: &isDirectory) else {
            throw ValidationError("no such file or directory: \(flowsPath)")
        }
        let files = isDirectory.boolValue ? FlowLoader.yamlFiles(in: flowsPath) : [flowsPath]
        // The catalogs are checked with the whole content, or when --localization asks for it.
        let checksCatalogs = flows == nil || localization != nil
        let localizationPath = checksCatalogs ? localization ?? located?.localization : nil
        // The screen checks need the wizard's layout, so they plug in here (AMP069).
        let validator = ContentValidator(extraChecks: [UrgentActionsFitCheck()])
        let besideFlows = FactLoader.directory(forFlowAt: isDirectory.boolValue ? flowsPath + "/x.yaml" : flowsPath)
        let wholeContent = flows == nil
        let report = validator.validate(flowFiles: files, factsDirectory: facts ?? besideFlows ?? located?.facts,
                                        localizationDirectory: localizationPath,
                                        contentRoot: wholeContent ? located?.root : nil, hasAllFlows: isDirectory.boolValue)

        let useColor = isatty(STDOUT_FILENO) == 1 && ProcessEnvironment.current()["NO_COLOR"] == nil
        var renderer = DiagnosticRenderer(color: useColor)
        for file in Set(report.diagnostics.map(\.location.file)) {
            if let text = try? String(contentsOfFile: file, encoding: .utf8) { renderer.addSource(text, for: file) }
        }
        for diagnostic in report.diagnostics {
            let rendered = renderer.render(diagnostic) + "\n"
            if useColor { Console.writeRendered(rendered) } else { Console.write(rendered) }
        }
        Console.write(report.summary + "\n")
        if report.count(.error) > 0 { throw ExitCode(1) }
    }
}
