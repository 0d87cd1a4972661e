extension Screen {
    /// The runs of cells that differ from `previous`; every row when `previous`
    /// is nil or of another size. A run never starts on a continuation cell, so a
    /// changed wide character is always redrawn whole.
    public func changes(from previous: Screen?) -> [CellRun] {
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { row in
                CellRun(y: row, x: 0, cells: Array(cells[(row * width)..<((row + 1) * width)]))
            }
        }
        var runs: [CellRun] = []
        for row in 0..<height {
            let base = row * width
            var column = 0
            while column < width {
                guard cells[base + column] != previous.cells[base + column] else {
                    column += 1
                    continue
                }
                var start = column
                if cells[base + start].isContinuation, start > 0 { start -= 1 }
                var end = column
                while end < width, cells[base + end] != previous.cells[base + end]
                        || cells[base + end].isContinuation {
                    end += 1
                }
                if let last = runs.last, last.y == row, last.x + last.cells.count >= start {
                    runs[runs.count - 1].cells += cells[(base + last.x + last.cells.count)..<(base + end)]
                } else {
                    runs.append(CellRun(y: row, x: start, cells: Array(cells[(base + start)..<(base + end)])))
                }
                column = end
            }
        }
        return runs
    }
}
