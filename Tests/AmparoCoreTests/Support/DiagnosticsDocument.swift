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

        `amparo validate` reports every problem in every content file at once (flows, translation
        catalogs), each as `path:line:col: severity: message [AMPnnn]`, then the source line with a
        caret under the column, then `did you mean 'x'?` when an id or key is a near miss, then any
        notes. It ends with a summary line such as `3 files, 0 errors, 1 warning`, and exits 1 when
        there is an error (warnings and notes alone exit 0). Lines and columns count from 1; columns
        count Unicode scalars. A problem with a whole line has no column (`es.po:2: error: …`, the
        line is shown without a caret); a problem with a whole file has neither
        (`kiosk.conf: error: …`). Colors are used only when standard output is a terminal and
        `NO_COLOR` is unset. The kiosk reports problems in its config the same way when it starts,
        without source lines (a config line can hold a secret).

        Every code is in one table (`Sources/AmparoCore/Diagnostics/DiagnosticCode+Table.swift`) and
        has a fixture in `Tests/AmparoCoreTests/Fixtures/invalid/`: `AMPnnn-name.yaml` for flows,
        `.po`/`.pot` for catalogs, `.conf` for the kiosk config, a `.site/` folder for a site
        (`amparo site check`). The example under each code is that fixture's exact output (as if
        it were `demo.yaml`, `es.po`, `kiosk.conf` or a site's `services.json`, validated on
        \(DiagnosticFixture.today)). A test fails when a code has no fixture or no entry here, or
        when an example here differs from the real output.

        | codes | what they check |
        |---|---|
        | AMP001-AMP063 | flow files: reading, shape, conditions, references, routing, freshness |
        | AMP500-AMP508 | translation catalogs (PO): syntax |
        | AMP520-AMP526 | translation catalogs: contents, checked against the flows and interface strings |
        | AMP600-AMP607 | the kiosk config (`/etc/amparo/kiosk.conf`, `AMPARO_CONFIG`, `AMPARO_KIOSK`) |
        | AMP700-AMP704 | a site (`Sites/NAME/`, Open Referral HSDS 3.0 JSON; `amparo site check`); its files also get AMP001-AMP003, AMP006 and AMP011-AMP017 |

        Input limits: a file over 4 MiB is refused without being read (AMP002); a text over 4,000
        characters, in a flow, a fact or a catalog, is not read (AMP008); nesting deeper
        than 64 levels is refused while parsing (AMP006); YAML anchors and aliases are refused
        (AMP007), so an alias bomb costs nothing. The outcome-cards check (AMP049) explores at
        most 200,000 (step, answers) states per flow, and says so with a note (AMP050) when a flow
        has more. A catalog with errors still loads: the broken entries are left out, so those
        texts are shown in English with the notice.

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
