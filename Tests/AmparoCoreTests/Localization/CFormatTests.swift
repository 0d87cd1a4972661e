import Testing
@testable import AmparoCore

@Suite("C format strings")
struct CFormatTests {
    @Test("sequential directives take the arguments in order")
    func sequential() {
        #expect(CFormat.format("Question %d of about %d", [3, 7]) == "Question 3 of about 7")
        #expect(CFormat.format("As of %s", ["2026-11-26"]) == "As of 2026-11-26")
    }

    @Test("positional directives let a translation reorder the arguments")
    func positional() {
        #expect(CFormat.format("共%2$d题，第%1$d题", [3, 7]) == "共7题，第3题")
        #expect(CFormat.signature(of: "%2$d y %1$s") == [1: "d", 0: "s"])
    }

    @Test("%% is a percent sign, and a missing argument leaves the directive as it is")
    func edgeCases() {
        #expect(CFormat.format("100%% free, %d left", [2]) == "100% free, 2 left")
        #expect(CFormat.format("%d and %d", [1]) == "1 and %d")
        #expect(CFormat.format("ends with %", []) == "ends with %")
        #expect(CFormat.format("%9999$d", [1]) == "%9999$d")
        #expect(CFormat.directives(in: "no directives, 50% off").isEmpty)
    }
}
