import AmparoCore
import Foundation
import Testing

/// `amparo translations …` and `validate --localization`, run as a program on a copy of the
/// localization fixture.
@Suite("amparo translations")
struct TranslationsCommandTests {
    static let fixture = Amparo.root + "/Tests/AmparoCoreTests/Fixtures/localization"

    func copy() throws -> String {
        let directory = NSTemporaryDirectory() + "amparo-translations-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: directory)
        return directory
    }

    @Test("the shipped template is current (CI runs this too)")
    func shippedTemplateIsCurrent() throws {
        let run = try Amparo.run(["translations", "check", "--content", Amparo.root])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test("extract, then check; a changed flow makes check fail with a clear message")
    func extractAndCheck() throws {
        let content = try copy()
        defer { try? FileManager.default.removeItem(atPath: content) }
        #expect(try Amparo.run(["translations", "check", "--content", content]).status == 1)
        let extract = try Amparo.run(["translations", "extract", "--content", content])
        #expect(extract.status == 0)
        #expect(extract.stdout.hasSuffix("amparo.pot: \(InterfaceString.allCases.count + 12) texts\n"))
        #expect(try Amparo.run(["translations", "check", "--content", content]).status == 0)
        let flow = content + "/Flows/door.yaml"
        let text = try String(contentsOfFile: flow, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Stay calm", with: "title: Keep calm").write(toFile: flow, atomically: true, encoding: .utf8)
        let check = try Amparo.run(["translations", "check", "--content", content])
        #expect(check.status == 1)
        #expect(check.stderr.contains("is out of date with the flows and interface strings; run `amparo translations extract`"))
        #expect(check.stderr.contains("changed English (1): door.card.stay-calm.title"))
    }

    @Test("status prints each language with its counts and how it was made")
    func status() throws {
        let content = try copy()
        defer { try? FileManager.default.removeItem(atPath: content) }
        let run = try Amparo.run(["translations", "status", "--content", content])
        #expect(run.status == 0)
        let spanish = run.stdout.split(separator: "\n").first { $0.hasPrefix("es Spanish") }
        #expect(spanish?.contains("machine-drafted, not yet reviewed by a qualified legal translator") == true)
        #expect(spanish?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "15")
    }

    @Test("validate --localization reports catalog errors as file:line:col with AMP5xx codes")
    func validateCatalogs() throws {
        let content = try copy()
        defer { try? FileManager.default.removeItem(atPath: content) }
        let catalog = content + "/Localization/es.po"
        let text = try String(contentsOfFile: catalog, encoding: .utf8)
        try text.replacingOccurrences(of: "msgstr \"Sí\"", with: "msgstr \"S\\í\"").write(toFile: catalog, atomically: true, encoding: .utf8)
        let run = try Amparo.run(["validate", "--content", content, "--localization", content + "/Localization"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("es.po:26:10: error: unknown escape sequence '\\í' [AMP502]"))
        #expect(run.stdout.contains(", 1 error, "))
    }

    @Test("--lang with an unknown tag suggests the shipped ones")
    func unknownLanguage() throws {
        let run = try Amparo.run(["decide", "door", "--content", Self.fixture, "--lang", "Spansh"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("unknown language 'Spansh'. Did you mean 'es'?"))
    }
}
