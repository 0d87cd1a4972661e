import Testing
@testable import AmparoUI

@Suite struct ScreenTests {
    @Test func putWritesTextAndClipsAtTheEdge() {
        var screen = Screen(width: 8, height: 2)
        #expect(screen.put("Hello, world", x: 2, y: 0) == 6)
        #expect(screen.text() == ["  Hello,", ""])
    }

    @Test func wideCharactersTakeTwoCellsWithAContinuation() {
        var screen = Screen(width: 6, height: 1)
        screen.put("你好", x: 0, y: 0, style: .title)
        #expect(screen[0, 0] == Cell("你", width: 2, style: .title))
        #expect(screen[1, 0].isContinuation)
        #expect(screen[2, 0].grapheme == "好")
        #expect(screen.text() == ["你好"])
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var screen = Screen(width: 3, height: 1)
        #expect(screen.put("a你好", x: 0, y: 0) == 3)
        #expect(screen.text() == ["a你"])
        var narrow = Screen(width: 4, height: 1)
        #expect(narrow.put("你好", x: 1, y: 0) == 2)
        #expect(narrow.text() == [" 你"])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 4, height: 1)
        screen.put("你好", x: 0, y: 0)
        screen.put("x", x: 1, y: 0)
        #expect(screen.text() == [" x好"])
        screen.put("y", x: 2, y: 0)
        #expect(screen.text() == [" xy"])
        #expect(!screen[3, 0].isContinuation)
    }

    @Test func decomposedLettersStayInOneCell() {
        var screen = Screen(width: 10, height: 1)
        #expect(screen.put("Vie\u{302}\u{323}t", x: 0, y: 0) == 4)
        #expect(screen[2, 0].grapheme == "e\u{302}\u{323}")
    }

    @Test func diffOfIdenticalScreensIsEmpty() {
        var screen = Screen(width: 10, height: 3)
        screen.put("Same", x: 1, y: 1)
        #expect(screen.changes(from: screen).isEmpty)
    }

    @Test func diffWithoutAPreviousScreenRedrawsEveryRow() {
        let screen = Screen(width: 5, height: 3)
        let runs = screen.changes(from: nil)
        #expect(runs.map(\.y) == [0, 1, 2])
        #expect(runs.allSatisfy { $0.x == 0 && $0.cells.count == 5 })
        #expect(screen.changes(from: Screen(width: 4, height: 3)).count == 3)
    }

    @Test func diffReportsOnlyChangedRunsIncludingStyleChanges() {
        var before = Screen(width: 20, height: 4)
        before.put("> Yes", x: 2, y: 1, style: .selected)
        before.put("  No", x: 2, y: 2)
        var after = Screen(width: 20, height: 4)
        after.put("  Yes", x: 2, y: 1)
        after.put("> No", x: 2, y: 2, style: .selected)
        let runs = after.changes(from: before)
        #expect(runs.map(\.y) == [1, 2])
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.map(\.grapheme).joined() == "  Yes")
        #expect(runs[1].cells.first?.style == .selected)
    }

    @Test func diffRedrawsAWideCharacterWhole() {
        var before = Screen(width: 6, height: 1)
        before.put("你好", x: 0, y: 0)
        var after = before
        after.put("你们", x: 0, y: 0)
        let runs = after.changes(from: before)
        #expect(runs.count == 1)
        #expect(runs[0].x == 2)
        #expect(runs[0].cells.map(\.grapheme) == ["们", ""])
    }
}
