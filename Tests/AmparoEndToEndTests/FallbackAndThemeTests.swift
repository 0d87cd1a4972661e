import Foundation
import Testing

/// Terminals that cannot do full screen get the plain line mode with a one-line
/// notice; terminals without colour (or with `NO_COLOR`) get the monochrome theme.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct FallbackAndThemeTests {
    @Test(arguments: [
        ("TERM=dumb", "amparo: TERM=dumb cannot show full-screen text; using the plain line mode."),
        ("TERM=no-such-terminal", "amparo: TERM=no-such-terminal cannot show full-screen text; using the plain"),
    ])
    func anUnusableTermFallsBackToThePlainMode(variable: String, notice: String) throws {
        let binary = try #require(Paths.binary)
        let tmux = try Tmux()
        try tmux.shell("clear; \(variable) \(binary) --content \(Paths.content) --lang en; echo EXIT:$?")
        let lines = try tmux.waitFor("What is happening?")
        #expect(lines.first?.hasPrefix(notice) == true)
        try tmux.shell("q")
        try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT:0") } }
    }

    @Test func stdoutThatIsNotATerminalFallsBackToThePlainMode() throws {
        let binary = try #require(Paths.binary)
        let tmux = try Tmux()
        try tmux.shell("clear; \(binary) --content \(Paths.content) --lang en | cat; echo EXIT:$?")
        let lines = try tmux.waitFor("What is happening?")
        #expect(lines.first == "amparo: not a terminal; using the plain line mode.")
        try tmux.shell("q")
        try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT:0") } }
    }

    @Test func aColourTerminalGetsColoursAndNoColorTakesThemAway() throws {
        let coloured = try AmparoInTmux("--lang en")
        try coloured.tmux.waitFor("What is happening?")
        #expect(try Self.usesColour(coloured.tmux.styledScreen()))
        try coloured.tmux.send("q")

        let plain = try AmparoInTmux("--lang en", environment: ["NO_COLOR": "1"])
        try plain.tmux.waitFor("What is happening?")
        let styled = try plain.tmux.styledScreen()
        #expect(!Self.usesColour(styled))
        #expect(styled.contains("\u{1B}[7m") || styled.contains(";7m"))   // reverse video instead
        try plain.tmux.send("q")
    }

    @Test func aMonochromeTerminalStillRunsFullScreen() throws {
        let amparo = try AmparoInTmux("--lang en", environment: ["TERM": "vt100"])
        let lines = try amparo.tmux.waitFor("What is happening?")
        #expect(lines[0].contains("Amparo"))
        #expect(!Self.usesColour(try amparo.tmux.styledScreen()))
        try amparo.tmux.send("q")
        #expect(try amparo.exitStatus() == 0)
    }

    @Test func brokenContentIsNeverShownAndIsReportedWithItsPosition() throws {
        let binary = try #require(Paths.binary)
        let tmux = try Tmux()
        let broken = try Paths.brokenContent()
        defer { try? FileManager.default.removeItem(atPath: broken.directory) }
        try tmux.shell("clear; \(binary) --content \(broken.directory) --lang en; echo EXIT:$?")
        try tmux.waitFor("Some content could not be loaded")
        try tmux.send("q")
        let lines = try tmux.waitFor { $0.contains { $0.hasPrefix("EXIT:") } }
        #expect(lines.contains("EXIT:1"))
        // Long paths wrap at 80 columns, at a place that depends on where the clone lives:
        // read the screen with tmux joining the lines it wrapped (spaces kept).
        let output = try tmux.joinedScreen().joined(separator: "\n")
        #expect(output.contains("door.yaml:\(broken.line):\(broken.column): error: unknown step 'warrent'"))
    }

    /// Whether an SGR sequence sets a foreground or background colour (30-38, 40-48,
    /// 90-107; 39 and 49 only reset to the defaults).
    static func usesColour(_ styled: String) -> Bool {
        var rest = Substring(styled)
        while let start = rest.range(of: "\u{1B}[") {
            let body = rest[start.upperBound...].prefix { $0 != "m" && $0 != "\u{1B}" }
            for code in body.split(separator: ";").compactMap({ Int($0) })
            where (30...38).contains(code) || (40...48).contains(code) || (90...107).contains(code) {
                return true
            }
            rest = rest[start.upperBound...]
        }
        return false
    }
}
