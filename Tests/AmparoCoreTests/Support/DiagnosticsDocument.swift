import Foundation
@testable import AmparoCore

/// Builds docs/diagnostics.md from the codes and their fixtures.
enum DiagnosticsDocument {
    static var path: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md").path
    }

    static func render(fixtures: [DiagnosticFixture]) -> String {
        var text = """
        # Diagnostics

        `amparo validate` reports every problem in every flow file at once, each as
        `path:line:col: severity: message [AMPnnn]`, then the source line with a caret under the
        column, then `did you mean 'x'?` when an id or key is a near miss, then any notes. It ends
        with a summary line such as `3 files, 0 errors, 1 warning`, and exits 1 when there is an
        error (warnings and notes alone exit 0). Lines and columns count from 1; columns count
        Unicode scalars. Colors are used only when standard output is a terminal and `NO_COLOR`
        is unset.

        Each code below has a fixture, `Tests/AmparoCoreTests/Fixtures/invalid/AMPnnn-name.yaml`,
        and the example is that fixture's exact output (as if it were `demo.yaml`, validated on
        \(DiagnosticFixture.today)). A test fails when a code has no fixture or no entry here,
        or when an example here differs from the real output.

        Input limits: a file over 4 MiB is refused without being read (AMP002); nesting deeper
        than 64 levels is refused while parsing (AMP006); YAML anchors and aliases are refused
        (AMP007), so an alias bomb costs nothing. The outcome-cards check (AMP049) explores at
        most 200,000 (step, answers) states per flow, and says so with a note (AMP050) when a flow
        has more.

        """
        for code in DiagnosticCode.allCases {
            text += "\n## \(code.rawValue) \(code.name)\n\n"
            text += "\(code.severity.rawValue.capitalized). \(code.summary)\n"
            if let fixture = fixtures.first(where: { $0.code == code.rawValue }) {
                text += "\n```\n\(fixture.renderedOutput())\n```\n"
            }
        }
        return text
    }
}
