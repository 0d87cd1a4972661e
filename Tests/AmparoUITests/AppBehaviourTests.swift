import AmparoCore
import AmparoTestSupport
import Testing
@testable import AmparoUI

/// The state machine: navigation, language changes, clicks, help, resizing.
@Suite struct AppBehaviourTests {
    @Test func theLanguagePickerComesFirstUnlessALanguageIsGiven() {
        let picker = TestContent.app(language: nil)
        #expect(picker.page == .language)
        let lines = picker.render(width: 80, height: 24).text()
        #expect(lines.contains(" 1. Español / Spanish"))
        #expect(lines.contains(" 3. 中文（简体） / Chinese (Simplified)"))
        #expect(TestContent.app(language: "es").page == .flows)
    }

    @Test func pickingALanguageLeadsToTheFlowPickerInThatLanguage() {
        let app = TestContent.app(language: nil, strings: { tag in
            FakeCatalog.strings(tag, content: [:], interface: tag == "es" ? [.flowPickerTitle: "¿Qué está pasando?"] : [:])
        })
        app.handle(.pick(1))
        #expect(app.page == .flows)
        #expect(app.languageTag == "es")
        #expect(app.render(width: 80, height: 24).text().contains(" ¿Qué está pasando?"))
    }

    @Test func changingLanguageMidFlowKeepsTheAnswersAndThePlace() throws {
        let app = TestContent.app(language: "en", strings: { FakeCatalog.strings($0, content: [:]) })
        app.handle(.confirm)
        app.handle(.pick(1))                               // home → warrant
        app.handle(.language)
        #expect(app.page == .language)
        app.handle(.pick(3))                               // 中文（简体）
        #expect(app.page == .step)
        #expect(app.languageTag == "zh-Hans")
        let session = try #require(app.session)
        #expect(session.currentStepID == "warrant")
        #expect(session.answers["where"] == .one("home"))
    }

    @Test func backUndoesTheLastAnswerAndHighlightsIt() throws {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(2))
        app.handle(.back)
        let session = try #require(app.session)
        #expect(session.currentStepID == "where")
        #expect(session.answers.isEmpty)
        #expect(app.render(width: 80, height: 24)[1, 11].style == .selected)   // "2. At work"
        app.handle(.back)
        #expect(app.page == .flows)
    }

    @Test func unsureStandsAloneInAMultipleChoiceQuestion() throws {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(2))
        app.handle(.pick(1))
        app.handle(.pick(2))
        app.handle(.pick(3))                               // I don't know: unchecks the rest
        var lines = app.render(width: 80, height: 24).text()
        #expect(lines.contains(" [ ] 1. Phone calls") && lines.contains(" [x] 3. I don't know / not sure"))
        app.handle(.pick(1))                               // an option unchecks "I don't know"
        lines = app.render(width: 80, height: 24).text()
        #expect(lines.contains(" [x] 1. Phone calls") && lines.contains(" [ ] 3. I don't know / not sure"))
    }

    @Test func continuingWithNothingCheckedAsksForAnAnswer() {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(2))
        app.handle(.last)
        app.handle(.confirm)
        #expect(app.session?.currentStepID == "needs")
        #expect(app.render(width: 80, height: 24).text()[2] == " Please choose at least one answer.")
    }

    @Test func clickingAChoiceChoosesIt() throws {
        let app = TestContent.app()
        app.handle(.confirm)
        let screen = app.render(width: 80, height: 24)
        let row = try #require(screen.text().firstIndex(of: " 2. At work"))
        app.handle(.click(x: 5, y: row))
        #expect(app.session?.currentStepID == "needs")
    }

    @Test func clickingAFooterButtonSendsItsAction() throws {
        let app = TestContent.app()
        app.handle(.confirm)
        let footer = app.render(width: 120, height: 24).text()[23]
        let help = try #require(FrameView.columnOf("?: Help", in: footer))
        app.handle(.click(x: help + 1, y: 23))
        #expect(app.helpVisible)
        app.handle(.down)                                  // scrolls the help
        #expect(app.helpVisible)
        app.handle(.confirm)                               // any other key closes it
        #expect(!app.helpVisible)
        #expect(app.session?.currentStepID == "where")
    }

    @Test func restartWipesTheAnswers() {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(1))
        app.handle(.restart)
        #expect(app.session?.currentStepID == "where")
        #expect(app.session?.answers.isEmpty == true)
    }

    @Test func aSmallWindowAsksToBeEnlargedAndRecovers() {
        let app = TestContent.app()
        app.handle(.confirm)
        app.handle(.pick(1))
        let small = app.render(width: 39, height: 12).text()
        #expect(small.contains { $0.contains("Please enlarge the window") })
        #expect(small.contains { $0.contains("This needs at least 40 columns") })
        #expect(app.render(width: 40, height: 11).text().contains { $0.contains("Please enlarge the window") })
        app.handle(.resize)
        let lines = app.render(width: 40, height: 12).text()
        #expect(lines.contains { $0.contains("Did the agents show a paper") })
    }

    @Test func selectionMovesRedrawOnlyTheTwoChoiceRows() {
        let app = TestContent.app()
        app.handle(.confirm)
        let before = app.render(width: 80, height: 24)
        app.handle(.down)
        let after = app.render(width: 80, height: 24)
        let runs = after.changes(from: before)
        #expect(Set(runs.map(\.y)) == [10, 11])
    }

    @Test func theRunLoopDrawsAndStopsAtTheEndOfInput() {
        let app = TestContent.app()
        let terminal = ScriptedTerminal(width: 80, height: 24, keys: [.enter, .character("2"), .resize])
        app.run(on: terminal)
        #expect(!app.isRunning)
        #expect(terminal.screens.count == 4)
        #expect(terminal.screens[2].text()[2] == " What do you need help with?")
    }

    @Test func quitStopsTheApp() {
        let app = TestContent.app()
        app.handle(KeyMap.standard.action(for: .character("q"))!)
        #expect(!app.isRunning)
    }
}

/// How a translation was made is said once per session, in the person's language.
@Suite struct TranslationStatusTests {
    private func app() -> App {
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped,
                                             strings: { FakeCatalog.strings($0, content: [:]) })
        configuration.translationStatus = { $0 == "en" ? nil : .translationStatusMachine }
        return App(configuration: configuration)
    }

    @Test func theStatusShowsOnceAfterALanguageIsChosen() {
        let app = app()
        app.handle(.pick(1))                                   // Español
        let machine = InterfaceString.translationStatusMachine.english
        #expect(app.render(width: 80, height: 24).text()[2].hasPrefix(" " + machine.prefix(40)))
        app.handle(.down)
        #expect(!app.render(width: 80, height: 24).text().joined().contains(machine.prefix(40)))
        app.handle(.language)
        app.handle(.pick(1))                                   // Español again: not repeated
        #expect(!app.render(width: 80, height: 24).text().joined().contains(machine.prefix(40)))
    }

    @Test func englishNeedsNoStatus() {
        let app = app()
        app.handle(.pick(2))
        let lines = app.render(width: 80, height: 24).text()
        #expect(!lines.joined().contains(InterfaceString.translationStatusMachine.english.prefix(40)))
        #expect(lines.contains(" What is happening?"))
    }
}
