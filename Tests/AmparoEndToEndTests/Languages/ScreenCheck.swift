import Foundation
import Testing

/// What every screen of a language walk must (not) show, with the texts taken from the catalogs.
struct ScreenCheck {
    let catalog: ShippedCatalog
    let english: ShippedCatalog
    let width: Int

    /// The start of each fallback notice, in this language and in English: long enough not to
    /// be ordinary text, short enough to be on screen when a page break cuts the notice.
    var noticeStarts: [String] {
        ["ui.notice.stale", "ui.notice.missing"].flatMap { key in
            [catalog.text(key, english: english), english.texts[key]].compactMap { $0.map { String($0.prefix(20)) } }
        }
    }

    /// Whether `text` is on screen, joined back across the lines the program wrapped it onto
    /// (with a space where it broke between words, with nothing where it broke inside a CJK run).
    static func shows(_ text: some StringProtocol, in lines: [String]) -> Bool {
        let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
        return trimmed.joined(separator: " ").contains(text) || trimmed.joined().contains(text)
    }

    /// Fails for a text key, a fallback notice, an unfilled placeholder or a line too wide.
    func expectClean(_ lines: [String], on screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let context = "\(catalog.tag) \(width) cols, \(screen):\n" + lines.joined(separator: "\n")
        let flows = ShippedCatalog.flowIDs.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let key = try! NSRegularExpression(pattern: "(\\b(\(flows))\\.[a-z])|(\\.(step|card|option|source|contact)\\.[a-z])|((^|[^A-Za-z])ui\\.[a-z])")
        let placeholder = try! NSRegularExpression(pattern: "%([0-9]+\\$)?(l{0,2}[dius@]|lld)")
        let starts = noticeStarts
        let notice = starts.first { Self.shows($0, in: lines) }
        #expect(notice == nil, "a fallback notice: \(notice ?? "")\n\(context)", sourceLocation: sourceLocation)
        for line in lines {
            let range = NSRange(line.startIndex..., in: line)
            #expect(key.firstMatch(in: line, range: range) == nil, "a text key: \(line)\n\(context)", sourceLocation: sourceLocation)
            #expect(placeholder.firstMatch(in: line, range: range) == nil, "a placeholder: \(line)\n\(context)", sourceLocation: sourceLocation)
            #expect(CellWidth.of(line) <= width, "\(CellWidth.of(line)) cells: \(line)\n\(context)", sourceLocation: sourceLocation)
        }
    }

    /// The digit of `flow`'s row in the flow picker, found by its translated title.
    func digit(of flow: String, in lines: [String]) -> String? {
        guard let title = catalog.text(flow + ".title", english: english) else { return nil }
        // Without the scroll marks at the right edge ("^" above, "v" below), which sit inside a
        // wrapped title's first line.
        let trimmed = lines.map { line -> String in
            var text = line.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix(" ^") || text.hasSuffix(" v") { text = String(text.dropLast(2)).trimmingCharacters(in: .whitespaces) }
            return text
        }
        for number in 1...9 {
            let row = "\(number). \(title)"
            if trimmed.joined(separator: " ").contains(row) || trimmed.joined().contains(row) { return String(number) }
        }
        return nil
    }

    /// What a screen asks for, read from the first key hint of its footer (the last line).
    enum Kind { case single, multiple, info, outcome }

    /// The kind of step `lines` show: `PgDn` or the outcome title in the header on guidance,
    /// check boxes on a question with several answers, Enter with Continue (or a Continue button
    /// without check boxes) on an information screen, a question with one answer otherwise.
    /// The footer may drop the first hint on a narrow window, hence the looks at the body.
    func kind(of lines: [String]) -> Kind {
        let footer = (lines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "")
            .trimmingCharacters(in: .whitespaces)
        func text(_ key: String) -> String { catalog.text(key, english: english) ?? "\u{0}" }
        if footer.hasPrefix("PgDn") || lines.first?.contains(text("ui.outcome.title")) == true { return .outcome }
        if lines.contains(where: { $0.contains("[ ] ") || $0.contains("[x] ") }) { return .multiple }
        if lines.contains(where: { $0.contains("[ " + text("ui.action.continue") + " ]") }) { return .info }
        let label = footer.dropFirst(text("ui.key.enter").count).drop { $0 == ":" || $0 == " " }
        func shared(_ other: String) -> Int { zip(label, other).prefix { $0 == $1 }.count }
        return shared(text("ui.action.continue")) > shared(text("ui.action.select")) ? .info : .single
    }

    /// Whether the body shows its scroll mark for more text above (`^`) or below (`v`): the last
    /// character of a line that reaches the window's last column.
    func scrolls(_ lines: [String], up: Bool) -> Bool {
        let mark: Character = up ? "^" : "v"
        return lines.dropFirst().dropLast(2).contains { line in
            var trimmed = line
            while trimmed.last == " " { trimmed.removeLast() }
            return trimmed.last == mark && trimmed.dropLast().last == " " && CellWidth.of(trimmed) == width
        }
    }

    /// Whether the guidance lines show one of `flow`'s card titles from this catalog, joined
    /// back across the lines the program wrapped it onto.
    func showsCardTitle(of flow: String, in lines: [String]) -> Bool {
        catalog.cardTitles(of: flow).contains { Self.shows($0, in: lines) }
    }
}
