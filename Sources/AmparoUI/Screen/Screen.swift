import AmparoCore
/// An in-memory grid of cells that views draw into. A `Terminal` copies it to the
/// real terminal, and tests read it back as text lines.
public struct Screen: Equatable, Sendable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]

    /// A blank screen.
    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank(), count: self.width * self.height)
    }

    /// The cell at column `x`, row `y`.
    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Whether (x, y) lies on the screen.
    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Blanks `count` cells of row `y` from column `x` in `style`.
    public mutating func fill(row y: Int, from x: Int = 0, count: Int? = nil, style: Style = .normal) {
        guard y >= 0, y < height else { return }
        let start = max(x, 0)
        let end = min(count.map { x + $0 } ?? width, width)
        guard start < end else { return }
        for column in start..<end { set(.blank(style), x: column, y: y) }
    }

    /// Writes `text` at (x, y) in `style`, clipped to `maxWidth` cells and to the
    /// screen edge. A wide character that does not fit is left out. Returns the
    /// number of cells written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth.map { x + $0 } ?? width, width)
        var column = x
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 {
                if column > x, column - 1 < width { attachZeroWidth(character, before: column, y: y) }
                continue
            }
            if column + characterWidth > limit { break }
            if column >= 0 {
                set(Cell(String(character), width: characterWidth, style: style), x: column, y: y)
                if characterWidth == 2 { set(.continuation(style), x: column + 1, y: y) }
            }
            column += characterWidth
        }
        return column - x
    }

    /// Changes the style of `count` cells of row `y` from column `x`, keeping their text.
    public mutating func restyle(row y: Int, from x: Int, count: Int, style: Style) {
        let start = max(x, 0)
        let end = min(x + count, width)
        guard y >= 0, y < height, start < end else { return }
        for column in start..<end {
            cells[y * width + column].style = style
        }
    }

    /// Rows as strings, continuation cells omitted and trailing spaces trimmed.
    public func text() -> [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width {
                let cell = self[column, row]
                if !cell.isContinuation { line += cell.grapheme }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// Puts one cell, repairing any wide character it cuts in half.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation, x > 0, !cell.isContinuation {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = .blank(old.style)
        }
        cells[index] = cell
    }

    /// Appends a zero-width character (a stray combining mark) to the cell before `column`.
    private mutating func attachZeroWidth(_ character: Character, before column: Int, y: Int) {
        var index = y * width + column - 1
        if cells[index].isContinuation, column >= 2 { index -= 1 }
        cells[index].grapheme.append(character)
    }
}
