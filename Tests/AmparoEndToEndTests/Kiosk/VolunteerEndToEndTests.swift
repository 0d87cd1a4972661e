import Foundation
import Testing

/// `amparo --volunteer LANG` in a real terminal, at 80 and at 120 columns.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct VolunteerEndToEndTests {
    /// The door flow with volunteer notes on its first two questions.
    static var content: String { Paths.content }

    func start(width: Int) throws -> Tmux {
        let binary = try #require(Paths.binary, "build the binary first: swift build")
        let tmux = try Tmux(width: width, height: 24)
        try tmux.shell("clear; \(binary) --content \(Self.content) --lang es --volunteer en; echo EXIT:$?")
        try tmux.waitFor("Help at the door")
        try tmux.send("Enter")
        try tmux.waitFor("Volunteer view (English)")
        return tmux
    }

    @Test("120 columns: side by side, the volunteer's note on the volunteer's side only")
    func sideBySide() throws {
        let tmux = try start(width: 120)
        // Wait for the whole screen: both sides drawn.
        let lines = try tmux.waitFor { lines in
            lines.contains { $0.contains("Note for volunteers") }
                && lines.contains { $0.hasSuffix("│ Where are you?") }
                && lines.contains { $0.hasPrefix(" ¿Dónde está usted?") }
        }
        let heading = try #require(lines.firstIndex { $0.contains("Volunteer view (English)") })
        let rule = try #require(lines[heading].firstIndex(of: "│"))
        let column = lines[heading].distance(from: lines[heading].startIndex, to: rule)
        #expect(column > 50 && column < 70)
        // Every note line sits right of the rule; the question is on both sides, each in its
        // reader's language (the shared content's Spanish catalog).
        for line in lines where line.contains("Note for volunteers") {
            #expect(line.distance(from: line.startIndex, to: line.range(of: "Note for")!.lowerBound) > column)
        }
        try tmux.send("1")
        try tmux.waitFor("Ask to see the paper")
    }

    @Test("80 columns: stacked, the volunteer's side under a rule")
    func stacked() throws {
        let tmux = try start(width: 80)
        let lines = try tmux.waitFor { lines in
            lines.contains { $0.contains("Note for volunteers: Listen for whether") }
                && lines.contains { $0.hasPrefix(" ────") } && lines.contains { $0.contains("¿Dónde está usted?") }
        }
        let rule = try #require(lines.firstIndex { $0.hasPrefix(" ────") })
        #expect(lines[rule + 1].contains("Volunteer view (English)"))
        #expect(lines[..<rule].contains { $0.contains("¿Dónde está usted?") })
        #expect(lines[rule...].contains { $0.contains("Note for volunteers: Listen for whether") })
        #expect(!lines.contains { $0.contains("│") })
    }

    @Test("without --volunteer the notes never show")
    func selfService() throws {
        let binary = try #require(Paths.binary, "build the binary first: swift build")
        let tmux = try Tmux(width: 120, height: 24)
        try tmux.shell("clear; \(binary) --content \(Self.content) --lang en; echo EXIT:$?")
        try tmux.waitFor("Help at the door")
        try tmux.send("Enter")
        let lines = try tmux.waitFor("Where are you?")
        #expect(!lines.contains { $0.contains("Note for volunteers") || $0.contains("Listen for whether") })
    }
}
