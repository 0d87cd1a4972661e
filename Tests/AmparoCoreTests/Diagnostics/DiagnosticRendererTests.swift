import Testing
@testable import AmparoCore

@Suite("Diagnostic snippets")
struct DiagnosticRendererTests {
    private func snippet(_ line: String, column: Int) -> [String] {
        let renderer = DiagnosticRenderer(sources: ["f.yaml": "id: x\n" + line + "\n"])
        let diagnostic = Diagnostic(.yamlSyntax, "problem", at: SourceLocation(file: "f.yaml", line: 2, column: column))
        return Array(renderer.render(diagnostic).split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init))
    }

    @Test func anOrdinaryLineIsShownWholeWithTheCaretUnderTheColumn() {
        #expect(snippet("title: [x", column: 8) == ["title: [x", "       ^"])
        // A tab is shown as a space (a tab is a control character), under the caret too.
        #expect(snippet("\ttitle: [x", column: 9) == [" title: [x", "        ^"])
    }

    /// Chinese characters take two terminal columns, accents combined with a letter none.
    @Test func theCaretCountsTerminalColumnsNotCharacters() {
        #expect(snippet("title: 中文 [x", column: 11) == ["title: 中文 [x", String(repeating: " ", count: 12) + "^"])
        #expect(snippet("title: Vie\u{323}\u{302}t [x", column: 15) == ["title: Vie\u{323}\u{302}t [x", String(repeating: " ", count: 12) + "^"])
    }

    /// A line of 20,000 brackets is shown as a window around the column, not whole.
    @Test func aVeryLongLineIsShownAroundTheColumn() throws {
        let lines = snippet(String(repeating: "[", count: 20_000), column: 5_000)
        let shown = try #require(lines.first)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(DisplayWidth.of(shown) == DiagnosticRenderer.snippetWidth + 2)
        let caret = try #require(lines.dropFirst().first)
        #expect(caret.count == 1 + DiagnosticRenderer.snippetWidth * 2 / 5 + 1)   // "…", 40 before, "^"
        #expect(snippet(String(repeating: "[", count: 20_000), column: 3).first?.hasPrefix("[[[") == true)
    }
}
