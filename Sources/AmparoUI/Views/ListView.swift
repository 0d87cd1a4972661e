import AmparoCore
/// Lays out and draws a `ListPage`: notices, the question, its explanation, then
/// the numbered choices with the highlighted one filled, and a Continue button.
public enum ListView {
    /// The body of `page` at `width`, with `selected` highlighted. A `compact`
    /// body (for short screens) leaves out the blank lines and the instruction.
    public static func document(for page: ListPage, selected: Int, width: Int, compact: Bool = false) -> Document {
        var document = Document(width: width)
        func gap() { if !compact { document.gap() } }
        for notice in page.notices {
            document.paragraph(notice, style: .notice)
            gap()
        }
        if !page.text.isEmpty {
            document.anchor = document.lines.count
            document.paragraph(page.text, style: .title)
        }
        if let detail = page.detail, !detail.isEmpty {
            gap()
            document.paragraph(detail)
        }
        if let instruction = page.instruction, !compact {
            gap()
            document.paragraph(instruction, style: .dim)
        }
        gap()
        let numberWidth = String(page.choices.count).count
        for (index, choice) in page.choices.enumerated() {
            let isSelected = index == selected
            let number = String(index + 1)
            var prefix = String(repeating: " ", count: numberWidth - number.count) + number + ". "
            if let checked = choice.checked { prefix = (checked ? "[x] " : "[ ] ") + prefix }
            // Only the label is highlighted, not the whole row: moving the highlight then
            // rewrites two short labels and nothing else.
            document.paragraph(choice.label, style: isSelected ? .selected : .normal, prefix: prefix,
                               target: .choice(index))
            if let detail = choice.detail, !detail.isEmpty {
                let indent = DisplayWidth.of(prefix)
                document.paragraph(detail, style: .dim, indent: indent, target: .choice(index))
            }
        }
        if let continueLabel = page.continueLabel {
            let index = page.choices.count
            document.gap()
            document.paragraph("[ " + continueLabel + " ]", style: index == selected ? .selected : .title,
                               target: .choice(index))
        }
        return document
    }

    /// The body laid out in full when the question and all its choices fit in
    /// `height` rows, else compact.
    public static func document(for page: ListPage, selected: Int, width: Int, height: Int) -> Document {
        let full = document(for: page, selected: selected, width: width)
        let first = full.anchor ?? 0
        let last = full.lines.lastIndex { $0.target != nil } ?? 0
        if last - first < height { return full }
        return document(for: page, selected: selected, width: width, compact: true)
    }

    /// The scroll offset that shows item `selected`, moving as little as possible from `offset`.
    public static func offset(for document: Document, selected: Int, from offset: Int, height: Int) -> Int {
        guard let first = document.firstLine(of: .choice(selected)),
              let last = document.lastLine(of: .choice(selected)) else {
            return min(max(offset, 0), ScrollView.maximumOffset(lineCount: document.lines.count, height: height))
        }
        // Show every choice at once when they fit, else just the highlighted one.
        let allFirst = document.lines.firstIndex { $0.target != nil } ?? first
        let allLast = document.lines.lastIndex { $0.target != nil } ?? last
        if let anchor = document.anchor, anchor <= allFirst, allLast - anchor < height {
            return ScrollView.offset(showing: anchor, allLast, from: offset, height: height,
                                     lineCount: document.lines.count)
        }
        if allLast - allFirst < height {
            return ScrollView.offset(showing: allFirst, allLast, from: offset, height: height,
                                     lineCount: document.lines.count)
        }
        return ScrollView.offset(showing: first, last, from: offset, height: height,
                                 lineCount: document.lines.count)
    }

    /// Whether every line of the `selected` choice is in the window of `height` lines from
    /// `offset` (true when the page has no choices).
    public static func isVisible(_ document: Document, selected: Int, offset: Int, height: Int) -> Bool {
        guard let first = document.firstLine(of: .choice(selected)),
              let last = document.lastLine(of: .choice(selected)) else { return true }
        return first >= offset && last < offset + height
    }

    /// Draws the body of `page` into `rect` from `offset`; returns click regions.
    @discardableResult
    public static func draw(_ page: ListPage, selected: Int, offset: Int, in rect: Rect,
                            on screen: inout Screen) -> [HitRegion] {
        let document = document(for: page, selected: selected, width: rect.width)
        return ScrollView.draw(document.lines, offset: offset, in: rect, on: &screen)
    }
}
