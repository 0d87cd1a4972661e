/// Lays out and draws a `ListPage`: notices, the question, its explanation, then
/// the numbered choices with the highlighted one filled, and a Continue button.
public enum ListView {
    /// The body of `page` at `width`, with `selected` highlighted.
    public static func document(for page: ListPage, selected: Int, width: Int) -> Document {
        var document = Document(width: width)
        for notice in page.notices {
            document.paragraph(notice, style: .notice)
            document.gap()
        }
        if !page.text.isEmpty { document.paragraph(page.text, style: .title) }
        if let detail = page.detail, !detail.isEmpty {
            document.gap()
            document.paragraph(detail)
        }
        if let instruction = page.instruction {
            document.gap()
            document.paragraph(instruction, style: .dim)
        }
        document.gap()
        let numberWidth = String(page.choices.count).count
        for (index, choice) in page.choices.enumerated() {
            let isSelected = index == selected
            let number = String(index + 1)
            var prefix = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            if let checked = choice.checked { prefix = (checked ? "[x] " : "[ ] ") + prefix }
            document.paragraph(choice.label, style: isSelected ? .selected : .normal, prefix: prefix,
                               target: .choice(index), fillsRow: isSelected)
            if let detail = choice.detail, !detail.isEmpty {
                let indent = DisplayWidth.of(prefix)
                document.paragraph(detail, style: isSelected ? .selected : .dim, indent: 0,
                                   prefix: String(repeating: " ", count: indent),
                                   target: .choice(index), fillsRow: isSelected)
            }
        }
        if let continueLabel = page.continueLabel {
            let index = page.choices.count
            document.gap()
            document.paragraph("[ " + continueLabel + " ]", style: index == selected ? .selected : .title,
                               target: .choice(index), fillsRow: index == selected)
        }
        return document
    }

    /// The scroll offset that shows item `selected`, moving as little as possible from `offset`.
    public static func offset(for document: Document, selected: Int, from offset: Int, height: Int) -> Int {
        guard let first = document.firstLine(of: .choice(selected)),
              let last = document.lastLine(of: .choice(selected)) else {
            return min(max(offset, 0), ScrollView.maximumOffset(lineCount: document.lines.count, height: height))
        }
        return ScrollView.offset(showing: first, last, from: offset, height: height,
                                 lineCount: document.lines.count)
    }

    /// Draws the body of `page` into `rect` from `offset`; returns click regions.
    @discardableResult
    public static func draw(_ page: ListPage, selected: Int, offset: Int, in rect: Rect,
                            on screen: inout Screen) -> [HitRegion] {
        let document = document(for: page, selected: selected, width: rect.width)
        return ScrollView.draw(document.lines, offset: offset, in: rect, on: &screen)
    }
}
