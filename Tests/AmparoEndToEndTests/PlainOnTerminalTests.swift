import Foundation
import Testing

/// `amparo --plain` on a terminal wraps to the window's width by display width, CJK included
/// (through a pipe it leaves paragraphs whole: see the CLI tests).
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct PlainOnTerminalTests {
    @Test(arguments: [("zh-Hans", "第 1 题"), ("ko", "1. ")])
    func plainModeWrapsToTheWindow(language: String, marker: String) throws {
        let binary = try #require(Paths.binary, "build the binary first: swift build")
        let tmux = try Tmux(width: 40, height: 30, environment: [:])
        try tmux.shell("clear; \(binary) --content \(Paths.root) --plain --lang \(language) --flow police-contact; echo EXIT:$?")
        try tmux.waitFor(marker)
        let lines = try tmux.joinedScreen()
        #expect(lines.filter { !$0.isEmpty }.count > 10)
        let tooWide = lines.filter { Self.cells($0) > 40 }
        #expect(tooWide.isEmpty, "lines the terminal had to wrap: \(tooWide)")
        try tmux.type("q")
        try tmux.send("Enter")
        try tmux.waitFor("EXIT:0")
    }

    /// Display cells, counting East Asian wide characters (Hangul, CJK) as two.
    static func cells(_ line: String) -> Int {
        line.unicodeScalars.reduce(0) { sum, scalar in
            let v = scalar.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
                || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
            return sum + (wide ? 2 : 1)
        }
    }
}
