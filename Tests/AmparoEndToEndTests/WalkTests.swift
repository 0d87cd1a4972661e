import Foundation
import Testing

/// The built binary in a real terminal emulator (tmux): keys in, screen out.
@Suite(.enabled(if: Tmux.path != nil, "tmux is not installed: skipping the end-to-end tests"))
struct WalkTests {
    @Test func pickALanguageWalkToTheOutcomeGoBackAndQuit() throws {
        let amparo = try AmparoInTmux()
        let tmux = amparo.tmux
        try tmux.waitFor("Choose your language")
        try tmux.send("2")                                     // English
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter")                                 // the only flow
        try tmux.waitFor("Question 1 of about 3")
        try tmux.send("1")                                     // At home
        try tmux.waitFor("Did the agents show a paper signed by a judge?")
        try tmux.send("Down", "Enter")                         // It is an ICE form
        try tmux.waitFor("What do you need help with?")
        try tmux.send("Space", "End", "Enter")                 // Phone calls, Continue
        let outcome = try tmux.waitFor("You do not have to open the door", gone: ["What do you need help with?"])
        #expect(outcome[0].contains("What you can do"))
        try tmux.send("End")
        try tmux.waitFor("This is the end of the guidance.")
        try tmux.send("PageUp", "PageUp", "PageUp", "Home")
        try tmux.waitFor { $0[2].contains("Do this now") }              // the top: the actions first
        try tmux.send("b")
        try tmux.waitFor("[x] 1. Phone calls")
        try tmux.send("q")                                     // answers given: it asks first
        try tmux.waitFor("Press q again to leave.")
        try tmux.send("q")
        #expect(try amparo.exitStatus() == 0)
        try amparo.expectTerminalRestored()
    }

    @Test func changingLanguageMidFlowKeepsTheAnswers() throws {
        let amparo = try AmparoInTmux("--lang en")
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter", "1")
        try tmux.waitFor("Question 2 of about 3")
        try tmux.send("l")
        try tmux.waitFor("Choose your language")
        try tmux.send("1")                                     // Español
        // The picker's rows must be gone too: a capture taken mid-redraw can hold both screens.
        let spanish = try tmux.waitFor("¿Los agentes mostraron un papel firmado por un juez?",
                                       gone: ["Choose your language", "Español / Spanish", "English"])
        #expect(spanish[0].contains("Ayuda en la puerta"))
        #expect(spanish[0].contains("Pregunta 2 de unas 3"))
        #expect(spanish.contains(" 1. Sí, firmado por un juez"))
        // The option with no translation is in English, and the screen says so.
        #expect(spanish.contains(" 2. It is an ICE form"))
        #expect(spanish.contains { $0.contains("Esta parte todavía no está traducida") })
        try tmux.send("b")
        try tmux.waitFor("¿Dónde está usted?", gone: ["¿Los agentes mostraron"])
        try tmux.send("q")
        #expect(try amparo.exitStatus() == 0)
    }

    @Test func resizingLaysTheScreenOutAgainWithoutLosingThePlace() throws {
        let amparo = try AmparoInTmux("--lang en")
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter", "1")
        try tmux.waitFor("Did the agents show a paper signed by a judge?")
        try tmux.resize(width: 40, height: 12)
        try tmux.waitFor("Help at the do…")
        try tmux.resize(width: 30, height: 10)
        try tmux.waitFor("enlarge the window")
        try tmux.resize(width: 80, height: 24)
        let lines = try tmux.waitFor("Did the agents show a paper signed by a judge?", gone: ["enlarge the window"])
        #expect(lines[0].contains("Help at the door"))
        #expect(lines[0].contains("Question 2 of about 3"))
        try tmux.send("q")                                     // answers given: it asks first
        try tmux.waitFor("Press q again to leave.")
        try tmux.send("q")
        #expect(try amparo.exitStatus() == 0)
    }

    @Test func clickingAChoiceAndAFooterButton() throws {
        let amparo = try AmparoInTmux("--lang en")
        let tmux = amparo.tmux
        try tmux.waitFor("What is happening?")
        try tmux.send("Enter")
        let row = try amparo.row(of: "2. At work")
        try tmux.click(x: 5, y: row)
        try tmux.waitFor("What do you need help with?")
        // The urgent button: kept on the 80-column footer before help and restart.
        let footer = try amparo.row(of: "a: Agents are here now")
        let column = try #require(try tmux.screen()[footer].range(of: "a: Agents are here now")).lowerBound.utf16Offset(in: try tmux.screen()[footer])
        try tmux.click(x: column + 1, y: footer)
        try tmux.waitFor("If agents are here now", gone: ["What do you need help with?"])
        try tmux.send("Escape")
        try tmux.waitFor("What do you need help with?", gone: ["If agents are here now"])
        try tmux.send("q")                                     // answers given: it asks first
        try tmux.waitFor("Press q again to leave.")
        try tmux.send("q")
        #expect(try amparo.exitStatus() == 0)
    }
}
