import Testing
@testable import AmparoCore

@Suite("Saturating path counts")
struct PathCountTests {
    @Test func arithmetic() {
        #expect(PathCount(3) + PathCount(4) == PathCount(7))
        #expect(PathCount(3) * PathCount(4) == PathCount(12))
        #expect(PathCount(5) - 2 == PathCount(3))
        #expect(PathCount.powerOfTwo(10) == PathCount(1024))
        #expect(PathCount.zero * .saturated == .zero)
    }

    @Test func saturates() {
        #expect((PathCount(.max) + .one).isSaturated)
        #expect((PathCount(1 << 40) * PathCount(1 << 40)).isSaturated)
        #expect(PathCount.powerOfTwo(64).isSaturated)
        #expect((PathCount.saturated + .zero).isSaturated)
        #expect(PathCount(.max) < .saturated)
        #expect(PathCount(200).isAtMost(200))
        #expect(!PathCount(201).isAtMost(200))
    }
}
