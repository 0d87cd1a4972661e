import AmparoCore
/// The help overlay: what each key does, drawn over the body in a box.
public enum HelpView {
    /// One row of the help: the key and what it does.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var text: String
        public init(key: String, text: String) {
            self.key = key
            self.text = text
        }
    }

    /// Draws the help into `rect` from line `offset`, which is clamped to the text.
    public static func draw(title: String, intro: String, entries: [Entry], closing: String,
                            offset: inout Int, in rect: Rect, on screen: inout Screen) {
        for row in rect.y..<(rect.y + rect.height) {
            screen.fill(row: row, from: rect.x, count: rect.width)
        }
        let keyWidth = min(entries.map { DisplayWidth.of($0.key) }.max() ?? 0, max(rect.width / 3, 1))
        var document = Document(width: rect.width)
        document.paragraph(title, style: .title)
        document.paragraph(intro)
        document.gap()
        var entryLines: [Int] = []
        for entry in entries {
            let key = FrameView.truncated(entry.key, to: keyWidth)
            let pad = String(repeating: " ", count: max(keyWidth - DisplayWidth.of(key), 0))
            entryLines.append(document.lines.count)
            document.paragraph(entry.text, prefix: key + pad + "  ")
        }
        document.gap()
        document.paragraph(closing, style: .dim)
        offset = min(max(offset, 0), ScrollView.maximumOffset(lineCount: document.lines.count, height: rect.height))
        ScrollView.draw(document.lines, offset: offset, in: rect, on: &screen)
        for line in entryLines where line >= offset && line - offset < rect.height {
            screen.restyle(row: rect.y + line - offset, from: rect.x, count: keyWidth, style: .key)
        }
    }
}
