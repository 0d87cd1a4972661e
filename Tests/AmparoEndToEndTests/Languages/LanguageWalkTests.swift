import Foundation
import Testing

/// Every shipped language, every shipped flow, in the real binary in tmux at 80x24 and 40x12:
/// walk to an outcome (first answer on every question) and read every screen on the way and
/// every page of the guidance. No text key, no fallback notice, no unfilled placeholder, no
/// line wider than the window, and the guidance shows a card title from that language.
///
/// English and Spanish run at both sizes; the other languages alternate between the sizes by
/// flow, so the set stays near a minute on two cores while every language meets both sizes.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct LanguageWalkTests {
    /// One walk: a language, a flow, a window size.
    struct Walk: CustomTestStringConvertible, Sendable {
        let tag: String
        let flow: String
        let width: Int
        let height: Int
        var testDescription: String { "\(tag) \(flow) \(width)x\(height)" }
    }

    static let walks: [Walk] = ShippedCatalog.tags.flatMap { tag in
        ShippedCatalog.flowIDs.enumerated().flatMap { index, flow -> [Walk] in
            let both = [Walk(tag: tag, flow: flow, width: 80, height: 24), Walk(tag: tag, flow: flow, width: 40, height: 12)]
            if tag == "en" || tag == "es" { return both }
            let languageIndex = ShippedCatalog.tags.firstIndex(of: tag) ?? 0
            return [both[(index + languageIndex) % 2]]
        }
    }

    static let english = try! ShippedCatalog(tag: "en")

    @Test(arguments: walks)
    func walkToTheGuidance(_ walk: Walk) throws {
        let catalog = walk.tag == "en" ? Self.english : try ShippedCatalog(tag: walk.tag)
        let check = ScreenCheck(catalog: catalog, english: Self.english, width: walk.width)
        let amparo = try AmparoInTmux(content: Paths.root, "--lang \(walk.tag)", width: walk.width, height: walk.height)
        let tmux = amparo.tmux

        let pickerTitle = try #require(catalog.text("ui.flow.title", english: Self.english))
        var picker = try tmux.waitFor(timeout: 20) { ScreenCheck.shows(pickerTitle, in: $0) }
        try check.expectClean(tmux.joinedScreen(), on: "flow picker")
        var digit = check.digit(of: walk.flow, in: picker)
        for _ in 0..<8 where digit == nil {                          // a small window shows one flow at a time
            let last = picker
            try tmux.send("Down")
            picker = try tmux.waitFor { $0 != last }
            try check.expectClean(tmux.joinedScreen(), on: "flow picker, scrolled")
            digit = check.digit(of: walk.flow, in: picker)
        }
        try tmux.send(try #require(digit, "no row for \(walk.flow):\n\(picker.joined(separator: "\n"))"))

        var before = picker
        var outcome: [String]?
        for step in 1...25 {
            let lines = try tmux.waitFor { $0 != before }
            try check.expectClean(tmux.joinedScreen(), on: "screen \(step)")
            let kind = check.kind(of: lines)
            if kind == .outcome { outcome = lines; break }
            before = try readAll(of: lines, on: tmux, check: check, step: step)
            switch kind {
            case .multiple: try tmux.send("1", "End", "Enter")       // check the first, then Continue
            case .info: try tmux.send("End", "Enter")                // Continue
            default: try tmux.send("1")                              // the first answer
            }
        }
        var pages = try #require(outcome, "no guidance after 25 screens")
        let endText = try #require(catalog.text("ui.outcome.end", english: Self.english))
        var seen = pages
        for page in 1...80 where !ScreenCheck.shows(endText, in: pages) {
            let last = pages
            try tmux.send("PageDown")
            pages = try tmux.waitFor { $0 != last }
            try check.expectClean(tmux.joinedScreen(), on: "guidance page \(page)")
            seen += pages
        }
        let reachedTheEnd = ScreenCheck.shows(endText, in: pages)
        #expect(reachedTheEnd, "the guidance never reached its end")
        let showsACardTitle = check.showsCardTitle(of: walk.flow, in: seen)
        #expect(showsACardTitle, "no \(walk.tag) card title of \(walk.flow) in the guidance")
        try tmux.send("q", "q")                                     // with answers given, q asks first
        #expect(try amparo.exitStatus() == 0)
    }

    /// Reads the parts of a question or information screen that a small window scrolled away:
    /// up a line at a time to the top (Up on the first answer scrolls), then down an answer at a
    /// time to the bottom. Returns the screen it ends on.
    private func readAll(of first: [String], on tmux: Tmux, check: ScreenCheck, step: Int) throws -> [String] {
        var lines = first
        for (key, up) in [("Up", true), ("Down", false)] {
            for _ in 0..<60 where check.scrolls(lines, up: up) {
                let last = lines
                try tmux.send(key)
                lines = try tmux.waitFor { $0 != last }
                try check.expectClean(tmux.joinedScreen(), on: "screen \(step), scrolled")
            }
        }
        return lines
    }
}
