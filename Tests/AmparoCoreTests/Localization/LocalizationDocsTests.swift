import Foundation
import Testing
@testable import AmparoCore

@Suite("docs/localization.md")
struct LocalizationDocsTests {
    @Test("every localization diagnostic code is documented with its severity")
    func everyCodeIsDocumented() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/localization.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for code in LocalizationDiagnosticCode.allCases {
            #expect(text.contains("| \(code.rawValue) | \(code.severity.rawValue) |"), "\(code.rawValue)")
        }
    }
}
