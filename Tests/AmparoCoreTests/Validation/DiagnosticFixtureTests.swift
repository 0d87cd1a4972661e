import Foundation
import Testing
@testable import AmparoCore

@Suite("Diagnostic fixtures")
struct DiagnosticFixtureTests {
    @Test(arguments: DiagnosticFixture.all())
    func fixtureProducesExactlyItsDiagnostic(fixture: DiagnosticFixture) {
        let diagnostics = fixture.diagnostics()
        #expect(diagnostics.map(\.headline) == [fixture.expectedHeadline])
        #expect(diagnostics.first?.code.rawValue == fixture.code)
    }

    @Test func everyCodeHasAFixture() {
        let fixtures = Set(DiagnosticFixture.all().map(\.code))
        let missing = DiagnosticCode.allCases.filter { !fixtures.contains($0.rawValue) }.map(\.rawValue)
        #expect(missing == [])
        let unknown = fixtures.subtracting(DiagnosticCode.allCases.map(\.rawValue))
        #expect(unknown == [])
    }

    @Test func fixtureNamesMatchTheirCodes() {
        for fixture in DiagnosticFixture.all() {
            let code = DiagnosticCode(rawValue: fixture.code)
            let name = fixture.description.split(separator: ".").first.map(String.init)
            #expect(name == "\(fixture.code)-\(code?.name ?? "?")", "\(fixture)")
        }
    }

    /// docs/diagnostics.md lists every code with its meaning and the exact output of its fixture.
    /// Run with AMPARO_RECORD=1 to rewrite it after changing a message.
    @Test func diagnosticsDocumentIsCurrent() throws {
        let expected = DiagnosticsDocument.render(fixtures: DiagnosticFixture.all())
        let path = DiagnosticsDocument.path
        if ProcessInfo.processInfo.environment["AMPARO_RECORD"] == "1" {
            try expected.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOfFile: path, encoding: .utf8)
        #expect(actual == expected, "docs/diagnostics.md is out of date; run AMPARO_RECORD=1 swift test --filter diagnosticsDocumentIsCurrent")
        for code in DiagnosticCode.allCases {
            #expect(actual.contains("\n## \(code.rawValue) \(code.name)\n"), "no entry for \(code.rawValue)")
        }
    }
}
