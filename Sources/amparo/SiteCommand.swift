import AmparoCore
import ArgumentParser
import Foundation

/// `amparo site`: a center's own referrals (a site folder in Open Referral HSDS 3.0 JSON).
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Work with a site: a center's own referrals in Open Referral HSDS 3.0 JSON.",
        discussion: "The format is in docs/site-format.md.",
        subcommands: [SiteCheckCommand.self]
    )
}

/// `amparo site check DIR`: reads a site folder and reports every problem as file:line:col.
struct SiteCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a site folder and report every problem as file:line:col.",
        discussion: """
        Reads DIR/organization.json and DIR/services.json. Warns when a service was last checked \
        (assured_date) more than 6 months ago, or when its languages leave out one the kiosk offers. \
        Exits 1 when there are errors, 0 when there are only warnings.
        """
    )

    @Argument(help: ArgumentHelp("The site folder (for example Sites/example).", valueName: "dir"))
    var directory: String

    func run() throws {
        let result = SiteLoader.load(directory: directory, today: .today())
        let useColor = isatty(STDOUT_FILENO) == 1 && ProcessEnvironment.current()["NO_COLOR"] == nil
        var renderer = DiagnosticRenderer(color: useColor)
        for file in Set(result.diagnostics.map(\.location.file)) {
            if let text = try? String(contentsOfFile: file, encoding: .utf8) { renderer.addSource(text, for: file) }
        }
        for diagnostic in result.diagnostics { print(renderer.render(diagnostic)) }
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let warnings = result.diagnostics.filter { $0.severity == .warning }.count
        let services = result.site.map { "\($0.services.count) services, " } ?? ""
        print("\(services)\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        if errors > 0 { throw ExitCode(1) }
    }
}
