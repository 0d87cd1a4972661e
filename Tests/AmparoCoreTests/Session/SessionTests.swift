import Testing
@testable import AmparoCore

@Suite("Session")
struct SessionTests {
    /// A session on the `door` fixture, passed through `mode` before every action.
    struct Walk {
        var session: Session
        let mode: SessionMode

        init(_ mode: SessionMode) throws {
            self.mode = mode
            session = try mode.prepare(Session(flow: try Fixtures.flow("valid/door.yaml")))
        }

        mutating func answer(_ answer: Answer) throws {
            session = try mode.prepare(session)
            try session.answer(answer)
            session = try mode.prepare(session)
        }

        mutating func advance() throws {
            session = try mode.prepare(session)
            try session.advance()
            session = try mode.prepare(session)
        }

        mutating func back() throws -> Bool {
            session = try mode.prepare(session)
            let moved = session.back()
            session = try mode.prepare(session)
            return moved
        }
    }

    @Test(arguments: SessionMode.allCases)
    func walksToAnOutcomeWithMatchingCards(mode: SessionMode) throws {
        var walk = try Walk(mode)
        #expect(walk.session.currentStepID == "where")
        try walk.answer(.one("home"))
        #expect(walk.session.currentStepID == "warrant")
        try walk.answer(.one("administrative"))
        #expect(walk.session.currentStepID == "needs")
        try walk.answer(.many(["door"]))
        #expect(walk.session.currentStepID == "guidance")
        #expect(walk.session.isFinished)
        #expect(walk.session.outcomeCards.map(\.id) == ["rights", "admin-warrant"])
        #expect(walk.session.answers == ["where": .one("home"), "warrant": .one("administrative"), "needs": .many(["door"])])
    }

    @Test(arguments: SessionMode.allCases)
    func unsureTakesItsOwnRouteThroughAnInfoStep(mode: SessionMode) throws {
        var walk = try Walk(mode)
        try walk.answer(.one("home"))
        try walk.answer(.unsure)
        #expect(walk.session.currentStepID == "how-to-tell")
        #expect(throws: SessionError.wrongKind(step: "how-to-tell", kind: .info)) { try walk.answer(.one("x")) }
        try walk.advance()
        try walk.answer(.many(["calls", "door"]))
        #expect(walk.session.currentStepID == "calls-guidance")
        // Listed, plus matching (admin-warrant holds for "unsure"), in declaration order.
        #expect(walk.session.outcomeCards.map(\.id) == ["admin-warrant", "calls"])
        #expect(walk.session.history.map(\.stepID) == ["where", "warrant", "how-to-tell", "needs"])
    }

    @Test(arguments: SessionMode.allCases)
    func backDropsTheAbandonedBranch(mode: SessionMode) throws {
        var walk = try Walk(mode)
        try walk.answer(.one("home"))
        try walk.answer(.one("judicial"))
        #expect(try walk.back())
        #expect(walk.session.currentStepID == "warrant")
        #expect(walk.session.answers == ["where": .one("home")])
        #expect(try walk.back())
        #expect(walk.session.currentStepID == "where")
        try walk.answer(.one("work"))
        #expect(walk.session.currentStepID == "needs")
        try walk.answer(.many(["door"]))
        // The abandoned "warrant" answer cannot make admin-warrant match.
        #expect(walk.session.answers["warrant"] == nil)
        #expect(walk.session.outcomeCards.map(\.id) == ["rights"])
        #expect(try walk.back())
        #expect(try walk.back())
        #expect(try !walk.back())
        #expect(walk.session.currentStepID == "where")
    }

    @Test(arguments: SessionMode.allCases)
    func restartWipesEverything(mode: SessionMode) throws {
        var walk = try Walk(mode)
        try walk.answer(.one("home"))
        try walk.answer(.unsure)
        walk.session.restart()
        walk.session = try mode.prepare(walk.session)
        #expect(walk.session.currentStepID == "where")
        #expect(walk.session.history.isEmpty)
        #expect(walk.session.answers.isEmpty)
        #expect(walk.session == Session(flow: walk.session.flow))
    }

    @Test(arguments: SessionMode.allCases)
    func invalidAnswersAreRefusedWithTheValidChoices(mode: SessionMode) throws {
        var walk = try Walk(mode)
        #expect(throws: SessionError.unknownOption(step: "where", option: "car", valid: ["home", "work"])) {
            try walk.answer(.one("car"))
        }
        #expect(throws: SessionError.unsureNotOffered(step: "where")) { try walk.answer(.unsure) }
        #expect(throws: SessionError.wrongKind(step: "where", kind: .single)) { try walk.advance() }
        try walk.answer(.one("work"))
        #expect(throws: SessionError.invalidAnswer(step: "needs", reason: "check at least one option")) {
            try walk.answer(.many([]))
        }
        #expect(throws: SessionError.unknownOption(step: "needs", option: "food", valid: ["calls", "door", "unsure"])) {
            try walk.answer(.many(["door", "food"]))
        }
        #expect(walk.session.currentStepID == "needs")
        #expect(walk.session.history.count == 1)
    }

    @Test(arguments: SessionMode.allCases)
    func progressCountsQuestionsOnTheLongestRemainingPath(mode: SessionMode) throws {
        var walk = try Walk(mode)
        // where → warrant → needs: three questions at most.
        #expect(walk.session.progress == SessionProgress(questionNumber: 1, estimatedTotal: 3))
        try walk.answer(.one("work"))
        // where, then needs: the estimate shrinks to the path actually possible.
        #expect(walk.session.progress == SessionProgress(questionNumber: 2, estimatedTotal: 2))
        try walk.answer(.many(["calls"]))
        #expect(walk.session.progress == SessionProgress(questionNumber: 2, estimatedTotal: 2))
    }
}
