/// Draws a QR code as text with Unicode half blocks: each character cell holds two modules,
/// one above the other (`▀` upper, `▄` lower, `█` both, space neither), so the code keeps its
/// square shape on a terminal whose cells are about twice as tall as wide.
public enum QRHalfBlocks {
    /// Which modules are drawn with ink (the block characters).
    public enum Ink: Sendable {
        /// Dark modules are blocks: for dark text on a light background (the take-away view
        /// sets black on white when the terminal has colours).
        case darkModules
        /// Light modules are blocks: for light text on a dark background (a monochrome
        /// terminal), so the code still reads dark-on-light to a camera.
        case lightModules
    }

    /// The quiet zone drawn round the code, in modules: 2, not the 4 the standard asks of
    /// print. Phone cameras read it, and it leaves room for a larger code on a 24-row terminal.
    public static let quietZone = 2

    /// The rows of text for `matrix` with a `quietZone` of light modules all round.
    public static func lines(_ matrix: QRMatrix, quietZone: Int = quietZone, ink: Ink = .darkModules)
        -> [String]
    {
        let side = matrix.size + 2 * quietZone
        var rows: [String] = []
        for top in stride(from: 0, to: side, by: 2) {
            var row = ""
            for column in 0..<side {
                let x = column - quietZone
                let upper = inked(matrix.isDark(x: x, y: top - quietZone), ink)
                let lower = top + 1 < side && inked(matrix.isDark(x: x, y: top + 1 - quietZone), ink)
                row.append(upper ? (lower ? "█" : "▀") : (lower ? "▄" : " "))
            }
            rows.append(row)
        }
        return rows
    }

    /// The cells (columns, rows) a matrix of `size` modules takes with the quiet zone.
    public static func cellSize(forModules size: Int, quietZone: Int = quietZone) -> (columns: Int, rows: Int) {
        let side = size + 2 * quietZone
        return (side, (side + 1) / 2)
    }

    /// Reads rows drawn by `lines(_:quietZone:ink:)` back into a matrix (for tests and tools
    /// that check what was drawn). Nil when the rows are not a drawing of a square code.
    public static func matrix(fromLines rows: [String], quietZone: Int = quietZone, ink: Ink = .darkModules)
        -> QRMatrix?
    {
        let cells = rows.map(Array.init)
        guard let side = cells.first?.count, cells.allSatisfy({ $0.count == side }),
            (side + 1) / 2 == cells.count, side > 2 * quietZone
        else { return nil }
        let size = side - 2 * quietZone
        var modules = [Bool](repeating: false, count: size * size)
        for y in 0..<size {
            for x in 0..<size {
                let cell = cells[(y + quietZone) / 2][x + quietZone]
                let upperHalf = (y + quietZone) % 2 == 0
                let inkedHere: Bool
                switch cell {
                case "█": inkedHere = true
                case "▀": inkedHere = upperHalf
                case "▄": inkedHere = !upperHalf
                case " ": inkedHere = false
                default: return nil
                }
                modules[y * size + x] = inked(inkedHere, ink)
            }
        }
        return QRMatrix(size: size, modules: modules)
    }

    private static func inked(_ dark: Bool, _ ink: Ink) -> Bool {
        ink == .darkModules ? dark : !dark
    }
}
