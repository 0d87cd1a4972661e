import Foundation
import AmparoTestSupport
import Testing
@testable import AmparoCore

/// Text that could drive the terminal is refused when content is loaded, at the exact place:
/// flows (AMP019), catalogs (AMP527) and the kiosk config (AMP608).
@Suite("Terminal controls refused at load")
struct TerminalControlRefusalTests {
    @Test func theTemplateFlowIsCleanWithoutPayloads() throws {
        let loaded = PayloadFlow.load(PayloadFlow.yaml(nil, in: []))
        #expect(loaded.diagnostics.map(\.headline) == [])
        let flow = try #require(loaded.flows.first)
        #expect(FlowValidator().validate(flow).filter { $0.severity == .error }.map(\.headline) == [])
    }

    /// Each payload in each text field: exactly one error, AMP019, at the payload's first
    /// character that could drive the terminal.
    @Test(arguments: TerminalPayload.all)
    func everyPayloadIsRefusedInEveryField(payload: TerminalPayload) throws {
        for field in PayloadFlow.fields {
            let yaml = PayloadFlow.yaml(payload, in: [field])
            let loaded = PayloadFlow.load(yaml)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            #expect(errors.map(\.code) == [.controlCharacter], "\(field): \(errors.map(\.headline))")
            let lines = yaml.components(separatedBy: "\n")
            let line = try #require(lines.firstIndex { $0.contains(payload.yamlEscaped) })
            let quote = try #require(lines[line].firstIndex(of: "\""))
            let unsafe = try #require(firstTerminalActingScalar(in: payload.text))
            let prefix = String(String.UnicodeScalarView(payload.text.unicodeScalars.prefix { $0 != unsafe }))
            let column = lines[line].distance(from: lines[line].startIndex, to: quote) + 2
                + TerminalPayload(name: "", text: prefix).yamlEscaped.count
            #expect(errors.first?.location == SourceLocation(file: "payload.yaml", line: line + 1, column: column), "\(field)")
        }
    }

    /// The fact base is read by the same reader: a payload in a fact's statement or a source's
    /// title, citation or note is refused the same way.
    @Test(arguments: TerminalPayload.all)
    func factsWithAPayloadAreRefused(payload: TerminalPayload) {
        let p = payload.yamlEscaped
        let facts = "facts:\n  - id: calls\n    statement: \"Calls \(p)\"\n    confidence: verified\n    status: current\n"
            + "    as-of: 2026-11-26\n    checked: 2026-12-02\n    sources: [code]\n"
        let sources = "sources:\n  - id: code\n    title: \"Code \(p)\"\n    cite: \"Cal. \(p)\"\n"
            + "    url: \"https://example.org/\(p)\"\n    as-of: 2026-11-26\n    contested: \"Unsure \(p)\"\n"
        let loaded = FactLoader.load(files: [("Facts/calls.yaml", Data(facts.utf8)), ("Facts/sources.yaml", Data(sources.utf8))])
        let refused = loaded.diagnostics.filter { $0.code == .controlCharacter }
        #expect(refused.map { "\(($0.location.file as NSString).lastPathComponent):\($0.line)" }.sorted()
            == ["calls.yaml:3", "sources.yaml:3", "sources.yaml:4", "sources.yaml:5", "sources.yaml:7"],
            "\(loaded.diagnostics.map(\.headline))")
    }

    /// In a block scalar the character is written as itself: it is found on its own line.
    @Test func aControlInABlockScalarIsLocatedOnItsLine() {
        let yaml = PayloadFlow.yaml(nil, in: []).replacingOccurrences(
            of: "    body: \"card-body\"\n", with: "    body: |\n      First line.\n      Second \u{202E}line.\n")
        let loaded = PayloadFlow.load(yaml)
        let line = yaml.components(separatedBy: "\n").firstIndex { $0.contains("Second") }.map { $0 + 1 }
        #expect(loaded.diagnostics.map(\.code) == [.controlCharacter])
        #expect(loaded.diagnostics.first?.location == SourceLocation(file: "payload.yaml", line: line ?? 0, column: 14))
        #expect(loaded.diagnostics.first?.message.contains("U+202E RIGHT-TO-LEFT OVERRIDE") == true)
    }

    /// Persian needs the zero-width non-joiner, Hindi and Khmer the joiner; right-to-left marks
    /// are ordinary text too.
    @Test func joinersAndMarksAreAllowed() {
        let yaml = PayloadFlow.yaml(nil, in: []).replacingOccurrences(
            of: "\"card-body\"", with: "\"می\u{200C}خواهم وکیل \u{200F}داشته باشم. क्\u{200D}ष ស្\u{200B}ងាត់\"")
        #expect(PayloadFlow.load(yaml).diagnostics.map(\.headline) == [])
    }

    /// Each payload in a translation (and in an English `msgid`): the entry is refused and not
    /// used, so the English is shown instead.
    @Test(arguments: TerminalPayload.all)
    func catalogEntriesWithAPayloadAreRefused(payload: TerminalPayload) throws {
        let english = Text(key: "demo.title", english: "Help at the door", location: SourceLocation(file: "demo.yaml", line: 1, column: 1))
        for (id, string) in [("Help at the door", "Ayuda " + payload.text), (payload.text, "Ayuda")] {
            let po = Self.header + "msgctxt \"demo.title\"\nmsgid \"\(Self.poEscaped(id))\"\nmsgstr \"\(Self.poEscaped(string))\"\n"
            let parsed = POParser.parse(po, file: "es.po")
            // NUL cannot even be written as an escape (AMP502); everything else is AMP527.
            let expected: DiagnosticCode = payload.text.contains("\u{0}") ? .invalidEscape : .controlCharacterInCatalog
            #expect(parsed.diagnostics.map(\.code) == [expected], "\(parsed.diagnostics.map(\.headline))")
            #expect(parsed.diagnostics.first?.line == (id == payload.text ? 8 : 9))
            let catalog = Catalog(file: parsed.file, tag: "es", diagnostics: parsed.diagnostics)
            #expect((try? catalog.translation(of: english).get()) == nil)
        }
    }

    /// Each payload in a config value or key: the line is refused, and its text is never echoed.
    @Test(arguments: TerminalPayload.all.filter { $0.text != "a\tb" })
    func configLinesWithAPayloadAreRefused(payload: TerminalPayload) {
        for line in ["idle-seconds = 12" + payload.text, payload.text + " = 12", "# a comment " + payload.text] {
            do {
                _ = try KioskConfigParser.parse("kiosk = false\n" + line + "\n", path: "kiosk.conf")
                Issue.record("accepted \(line.debugDescription)")
            } catch {
                #expect(error.diagnostics.map(\.code) == [.controlCharacterInConfig])
                #expect(error.diagnostics.first?.line == 2)
                #expect(firstTerminalActingScalar(in: error.description) == nil)
            }
        }
    }

    /// Lines 1 to 6: the header entry and a blank line.
    private static let header = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        + "\"Language: es\\n\"\n\"X-Amparo-Translation-Status: machine-drafted\\n\"\n\n"

    /// A PO string literal: ASCII controls as three-digit octal escapes (a hex escape would
    /// swallow the letters after it), quotes and backslashes escaped, everything else as it is.
    private static func poEscaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar.value {
            case 0x22: return "\\\""
            case 0x5C: return "\\\\"
            case 0..<0x20, 0x7F:
                let octal = String(scalar.value, radix: 8)
                return "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: return String(scalar)
            }
        }.joined()
    }
}
