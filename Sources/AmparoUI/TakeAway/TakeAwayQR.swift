/// Chooses what a take-away QR code holds: the fullest summary whose code fits the space.
public enum TakeAwayQR {
    /// The fullest of the summary's QR contents whose code, drawn with half blocks and a quiet
    /// zone, fits in `columns` × `rows` cells; nil when even the shortest does not fit.
    public static func bestFit(
        _ summary: TakeAwaySummary, encoder: some QREncoding, columns: Int, rows: Int
    ) -> (text: String, matrix: QRMatrix, content: TakeAwaySummary.QRContent)? {
        for content in summary.qrContents {
            guard let matrix = encoder.encode(content.text) else { continue }
            let cells = QRHalfBlocks.cellSize(forModules: matrix.size)
            if cells.columns <= columns && cells.rows <= rows { return (content.text, matrix, content) }
        }
        return nil
    }
}
