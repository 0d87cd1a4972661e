import AmparoSystem
import AmparoUI
import Testing

@Suite("QR codes from libqrencode, read back with zbarimg")
struct LibQREncoderTests {
    static let texts = [
        "\"I do not consent to your entry.\"\nCHIRLA: 888-624-4752",
        "\"No doy mi consentimiento para que entren.\"\nLínea de ayuda: 888-624-4752",
        "\"我不同意你們進入。\"\n熱線: 888-624-4752",
        "\"Tôi không đồng ý cho quý vị vào nhà.\"\nĐường dây nóng: 888-624-4752",
    ]

    @Test("a version 1 code is 21 modules square")
    func smallest() throws {
        let matrix = try #require(LibQREncoder().encode("911"))
        #expect(matrix.size == 21)
        // The finder pattern's corner modules are dark; the separator next to it is light.
        #expect(matrix.isDark(x: 0, y: 0) && matrix.isDark(x: 6, y: 6))
        #expect(!matrix.isDark(x: 7, y: 0))
    }

    @Test("too long or empty text gives no code")
    func tooLong() {
        #expect(LibQREncoder().encode(String(repeating: "x", count: 5000)) == nil)
        #expect(LibQREncoder().encode("") == nil)
    }

    @Test("the module matrix decodes to the same text", .enabled(if: ZbarImage.isInstalled), arguments: texts)
    func matrixDecodes(text: String) throws {
        let matrix = try #require(LibQREncoder().encode(text))
        #expect(try ZbarImage.decode(pgm: matrix.pgm()) == text)
    }

    @Test(
        "the half-block drawing on screen decodes to the same text", .enabled(if: ZbarImage.isInstalled),
        arguments: texts)
    func drawingDecodes(text: String) throws {
        let matrix = try #require(LibQREncoder().encode(text))
        let lines = QRHalfBlocks.lines(matrix)
        let drawn = try #require(QRHalfBlocks.matrix(fromLines: lines))
        #expect(drawn == matrix)
        #expect(try ZbarImage.decode(pgm: drawn.pgm(scale: 3, quietZone: QRHalfBlocks.quietZone)) == text)
    }

    @Test("zbarimg finds nothing in a blank image (the check can fail)", .enabled(if: ZbarImage.isInstalled))
    func blankDoesNotDecode() throws {
        let blank = QRMatrix(size: 21, modules: Array(repeating: false, count: 441))
        #expect(try ZbarImage.decode(pgm: blank.pgm()) == nil)
    }

    @Test("a summary's QR text fits the take-away area of an 80x24 screen")
    func fitsAStandardScreen() throws {
        let summary = TakeAwaySummary(cards: [
            TakeAwayCard(
                title: "Door", say: "I do not consent to your entry.", asOf: "2026-11-26",
                contacts: [TakeAwayContact(name: "CHIRLA", phone: "888-624-4752")]),
            TakeAwayCard(title: "Silent", say: "I want to remain silent.", asOf: "2026-11-26", contacts: []),
        ])
        let fit = try #require(TakeAwayQR.bestFit(summary, encoder: LibQREncoder(), columns: 48, rows: 24))
        let cells = QRHalfBlocks.cellSize(forModules: fit.matrix.size)
        #expect(cells.columns <= 48 && cells.rows <= 24)
    }
}
