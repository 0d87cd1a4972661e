import Foundation
import Testing

/// The take-away QR code as the terminal shows it decodes, with zbarimg, to the guidance's
/// "what to say" line and hotline.
@Suite(.enabled(if: Tmux.path != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg"),
                "needs tmux and zbarimg"))
struct TakeAwayQREndToEndTests {
    @Test("the code on screen reads back as the summary")
    func codeOnScreenDecodes() throws {
        let kiosk = try KioskInTmux(height: 40)
        try kiosk.walkToOutcome()
        try kiosk.press("t")
        let lines = try kiosk.tmux.waitFor("Take this with you")
        let text = try #require(try Self.decode(screen: lines))
        #expect(text == """
            "I do not consent to your entry. Please slide the warrant under the door."
            CHIRLA hotline: 888-624-4752
            """)
    }

    /// Reads the half-block drawing at the left of the screen back into modules, writes them as
    /// a PGM image and asks zbarimg for the text.
    static func decode(screen: [String]) throws -> String? {
        let ink: Set<Character> = ["▀", "▄", "█"]
        let rows = screen.map { Array($0) }
        // The drawing: the rows with block characters (the words beside it have none), as wide
        // as the rightmost block.
        guard let first = rows.firstIndex(where: { $0.contains { ink.contains($0) } }),
              let last = rows.lastIndex(where: { $0.contains { ink.contains($0) } }) else { return nil }
        let width = rows[first...last].map { ($0.lastIndex { ink.contains($0) } ?? -1) + 1 }.max() ?? 0
        let grid = rows[first...last].map { row in (0..<width).map { $0 < row.count ? row[$0] : " " } }
        var dark: [[Bool]] = []
        for row in grid {
            dark.append(row.map { $0 == "▀" || $0 == "█" })
            dark.append(row.map { $0 == "▄" || $0 == "█" })
        }
        let scale = 4
        let quiet = 4
        let side = (max(width, dark.count) + 2 * quiet) * scale
        var image = Array("P5\n\(side) \(side)\n255\n".utf8)
        for y in 0..<side {
            for x in 0..<side {
                let mx = x / scale - quiet
                let my = y / scale - quiet
                let isDark = my >= 0 && my < dark.count && mx >= 0 && mx < width && dark[my][mx]
                image.append(isDark ? 0 : 255)
            }
        }
        let path = "/tmp/amparo-qr-\(UUID().uuidString).pgm"
        FileManager.default.createFile(atPath: path, contents: Data(image))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Subprocess.run("/usr/bin/zbarimg", ["--raw", "-q", "-Sbinary", path])
        guard result.status == 0 else { return nil }
        return result.output.hasSuffix("\n") ? String(result.output.dropLast()) : result.output
    }
}
