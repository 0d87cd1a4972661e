import Testing

@testable import AmparoUI

@Suite("QR half blocks")
struct QRHalfBlocksTests {
    /// A 3×3 "code": a diagonal plus the top-right corner.
    let matrix = QRMatrix(size: 3, modules: [true, false, true, false, true, false, false, false, true])

    @Test("two modules per cell, quiet zone all round")
    func draws() {
        #expect(
            QRHalfBlocks.lines(matrix, quietZone: 1) == [
                " ▄ ▄ ",
                "  ▀▄ ",
                "     ",
            ])
        #expect(QRHalfBlocks.cellSize(forModules: 3, quietZone: 1) == (5, 3))
        #expect(QRHalfBlocks.cellSize(forModules: 21) == (25, 13))
    }

    @Test("light-module ink draws the negative")
    func inverse() {
        #expect(
            QRHalfBlocks.lines(matrix, quietZone: 1, ink: .lightModules) == [
                "█▀█▀█",
                "██▄▀█",
                "▀▀▀▀▀",
            ])
    }

    @Test("the drawing reads back to the same matrix, for both inks")
    func roundTrip() {
        for ink in [QRHalfBlocks.Ink.darkModules, .lightModules] {
            let lines = QRHalfBlocks.lines(matrix, quietZone: 2, ink: ink)
            #expect(QRHalfBlocks.matrix(fromLines: lines, quietZone: 2, ink: ink) == matrix)
        }
        #expect(QRHalfBlocks.matrix(fromLines: ["ab", "cd"], quietZone: 0) == nil)
    }

    @Test("a PGM image: header, then one byte per pixel, black for dark")
    func pgm() {
        let image = matrix.pgm(scale: 2, quietZone: 1)
        let header = Array("P5\n10 10\n255\n".utf8)
        #expect(Array(image.prefix(header.count)) == header)
        #expect(image.count == header.count + 100)
        let pixels = Array(image.dropFirst(header.count))
        #expect(pixels[0] == 255)  // quiet zone
        #expect(pixels[2 * 10 + 2] == 0)  // module (0, 0) is dark
        #expect(pixels[2 * 10 + 4] == 255)  // module (1, 0) is light
    }

    @Test("the fullest text whose code fits is chosen")
    func bestFit() {
        struct SizeByLength: QREncoding {
            func encode(_ text: String) -> QRMatrix? {
                let size = 21 + text.count / 10
                return QRMatrix(size: size, modules: Array(repeating: false, count: size * size))
            }
        }
        let summary = TakeAwaySummary(cards: TakeAwaySummaryTests.cards)
        let roomy = TakeAwayQR.bestFit(summary, encoder: SizeByLength(), columns: 80, rows: 40)
        #expect(roomy?.text == summary.qrCandidates[0])
        let tight = TakeAwayQR.bestFit(summary, encoder: SizeByLength(), columns: 32, rows: 15)
        #expect(tight?.text == summary.qrCandidates[3])
        let middle = TakeAwayQR.bestFit(summary, encoder: SizeByLength(), columns: 33, rows: 17)
        #expect(middle?.text == summary.qrCandidates[1])
        #expect(TakeAwayQR.bestFit(summary, encoder: SizeByLength(), columns: 20, rows: 10) == nil)
    }
}
