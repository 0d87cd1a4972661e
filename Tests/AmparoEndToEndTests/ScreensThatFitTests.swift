import AmparoCore
import Foundation
import Testing

/// The screens a frightened newcomer meets, in the real binary in tmux: the question always on
/// screen at 40x12, the actions first at an urgent outcome, and keys doing what a person
/// expects (Esc back, a digit then Enter keeping the answer checked, `x` over the countdown).
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct ScreensThatFitTests {
    /// The shipped flows, in the order of the situation picker (content load order).
    static let shippedFlows: [Flow] = {
        guard let content = ContentLocator.locate(override: Paths.root) else { return [] }
        return (try? ContentLoading.loadValidated(content).get()) ?? []
    }()

    /// The keys that give `answer` to `step` on its screen (which opens on its first answer):
    /// arrows to the answer, Enter for one answer; Space on each checked answer, then End (the
    /// Continue row) and Enter for several.
    static func keys(for answer: Answer?, on step: Step) -> [String] {
        guard let answer else { return ["Enter"] }
        func rows(_ id: String) -> Int {
            id == UnsureOption.id ? step.options.count : step.options.firstIndex { $0.id == id } ?? 0
        }
        switch step.kind.behaviour {
        case .chooseMany:
            var keys: [String] = [], at = 0
            for row in answer.ids.map(rows).sorted() {
                keys += Array(repeating: "Down", count: row - at) + ["Space"]
                at = row
            }
            return keys + ["End", "Enter"]
        default:
            return Array(repeating: "Down", count: rows(answer.ids[0])) + ["Enter"]
        }
    }

    @Test("at 40x12 every question of every shipped flow is on screen when it appears")
    func everyQuestionIsVisibleAt40x12() throws {
        try #require(Self.shippedFlows.count >= 3, "the shipped flows did not load")
        var checked = 0
        for (index, flow) in Self.shippedFlows.enumerated() {
            let paths = FlowAnalysis(flow: flow).paths(limit: 50_000)
            for step in flow.steps where step.kind.isQuestion {
                let path = try #require(paths.first { $0.visits.contains { $0.stepID == step.id } })
                let amparo = try AmparoInTmux(content: Paths.root, "--lang en", width: 40, height: 12)
                try amparo.tmux.waitFor("What is happening?")
                try amparo.tmux.send(String(index + 1))
                for visit in path.visits.prefix(while: { $0.stepID != step.id }) {
                    let before = try #require(flow.step(visit.stepID))
                    for key in Self.keys(for: visit.answer, on: before) { try amparo.tmux.send(key) }
                }
                let start = String(step.text.englishWords.prefix(10))
                do {
                    try amparo.tmux.waitFor(timeout: 8) { $0.joined(separator: " ").contains(start) }
                } catch {
                    Issue.record("\(flow.id)/\(step.id): \"\(start)\" is not on screen: \(error)")
                }
                checked += 1
                try amparo.tmux.send("x")
            }
        }
        #expect(checked >= 15)
    }

    @Test("an urgent outcome at 40x12 shows its first actions with no key pressed")
    func urgentActionsFirstAt40x12() throws {
        let amparo = try AmparoInTmux(content: Paths.root, "--lang en", width: 40, height: 12)
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        let flow = try #require(Self.shippedFlows.firstIndex { $0.id == "workplace-raid" })
        try tmux.send(String(flow + 1))
        try tmux.send("1", "1", "1")             // agents here now, a private employer, a judge's warrant
        let lines = try tmux.waitFor("Do this now")
        let actions = lines.filter { $0.range(of: #"^ +[1-3]\. \S"#, options: .regularExpression) != nil }
        #expect(actions.count == 3, "the first three actions:\n\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains("Stay silent") })
        #expect(lines.contains { $0.hasSuffix("v") }, "a visible \"more below\" mark")
        try tmux.send("x")
        #expect(try amparo.exitStatus() == 0)
    }

    @Test("Esc goes back one question")
    func escapeGoesBack() throws {
        let amparo = try AmparoInTmux("--lang en")
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter", "1")
        try tmux.waitFor("Did the agents show a paper signed by a judge?")
        try tmux.send("Escape")
        try tmux.waitFor("Where are you?", gone: ["Did the agents show"])
        try tmux.send("x")
        #expect(try amparo.exitStatus() == 0)
    }

    @Test("check all that apply: a digit, then Enter, keeps the answer checked and goes on")
    func digitThenEnterKeepsTheAnswer() throws {
        let amparo = try AmparoInTmux("--lang en")
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter", "1", "1")
        try tmux.waitFor("What do you need help with?")
        try tmux.send("1")
        try tmux.waitFor("[x] 1.")
        try tmux.send("Enter")
        try tmux.waitFor("What you can do", gone: ["What do you need help with?"])
        try tmux.send("b")
        let back = try tmux.waitFor("What do you need help with?")
        #expect(back.contains { $0.contains("[x] 1.") }, "the answer was unchecked:\n\(back.joined(separator: "\n"))")
        try tmux.send("x")
        #expect(try amparo.exitStatus() == 0)
    }

    @Test("kiosk: x over \"Are you still there?\" wipes at once")
    func quickExitDuringTheCountdown() throws {
        let kiosk = try KioskInTmux(idle: 2, countdown: 30)
        try kiosk.tmux.waitFor("Choose your language")
        try kiosk.press("2", "Enter")
        try kiosk.tmux.waitFor("Where are you?")
        let countdown = try kiosk.tmux.waitFor("Are you still there?", timeout: 6)
        #expect(!countdown.contains { $0.contains("Help at the door") }, "the countdown shows the topic")
        try kiosk.press("x")
        // Long before the 30 s run out: the wipe, and nothing of the question left.
        try kiosk.tmux.waitFor("Choose your language", gone: ["Are you still there?"], timeout: 5)
        #expect(try !kiosk.tmux.history().contains { $0.contains("Where are you?") })
        #expect(try !kiosk.hasEnded())
    }
}
