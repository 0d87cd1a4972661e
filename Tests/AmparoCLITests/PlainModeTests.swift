import Foundation
import Testing

@Suite("amparo --plain")
struct PlainModeTests {
    private func content() throws -> String {
        try Amparo.contentDirectory(["door.yaml": String(contentsOfFile: Amparo.doorFlow, encoding: .utf8)])
    }

    private func plain(_ input: [String], _ extra: [String] = ["--lang", "en", "--flow", "door"]) throws -> Amparo.Run {
        try Amparo.run(["--plain", "--content", try content()] + extra,
                       input: input.map { $0 + "\n" }.joined())
    }

    @Test("walks from the first question to the guidance, cards in full")
    func walkToGuidance() throws {
        let run = try plain(["1", "3", "", "1 3", "q"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(!out.contains("\u{1B}"), "no escape codes")
        #expect(out.contains("Question 1 of about 3\nWhere are you?\n1. At home\n2. At work\n3. I don't know / not sure\n"))
        #expect(out.contains("Question 2 of about 3\nDid they show a paper signed by a judge?\n1. Yes, signed by a judge\n2. An ICE form (I-200 or I-205)\n3. I can't tell\n"))
        #expect(out.contains("How to tell a judge's warrant from an ICE form\nA judge's warrant names a court and is signed by a judge.\nPress Enter to continue."))
        #expect(out.contains("You chose: Food, School"))
        // The order of every front: do this now, the notice once, what to say, the cards, the
        // sources once and the date once.
        #expect(out.contains("What you can do\n\nDo this now:\n1. Keep the door closed.\nCall Food bank: 800-555-0100\n\n"
                             + "This is general information, not legal advice.\n\nWhat to say:\n   \"I want to remain silent.\"\n\n"
                             + "1. Stay silent\n   You have the right to remain silent.\n\n"))
        #expect(out.contains("2. Urgent: An ICE form is not a judge's warrant"))
        #expect(out.contains("3. Food help is open to you"))
        // Through a pipe each paragraph is one line, however long: screen readers and other
        // programs wrap by themselves.
        #expect(out.contains("\nSources:\n- Protection from unreasonable searches, U.S. Const. amend. IV, https://constitution.congress.gov/constitution/amendment-4/.\n"))
        #expect(out.components(separatedBy: "Checked November 2026.").count == 2, "the date is read once")
        #expect(out.components(separatedBy: "U.S. Const. amend. IV").count == 2, "each source is read once")
        #expect(out.contains("This is the end of the guidance.\nb: Back, r: Restart, q: Quit\n"))
        #expect(out.hasSuffix("Goodbye. Nothing you typed was saved.\n"))
    }

    @Test("b goes back, r restarts from the first question")
    func backAndRestart() throws {
        let run = try plain(["1", "b", "2", "b", "r", "2", "q"])
        #expect(run.status == 0)
        let headers = run.stdout.split(separator: "\n").filter { $0.hasPrefix("Question ") }
        #expect(headers == ["Question 1 of about 3", "Question 2 of about 3", "Question 1 of about 3",
                            "Question 2 of about 2", "Question 1 of about 3", "Question 1 of about 3",
                            "Question 2 of about 2"])
    }

    @Test("end of input leaves cleanly with status 0")
    func endOfInput() throws {
        let run = try plain(["1"])
        #expect(run.status == 0)
        #expect(run.stdout.hasSuffix("Goodbye. Nothing you typed was saved.\n"))
        let empty = try plain([])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("Question 1 of about 3"))
    }

    @Test("bad input is refused with a short message and the prompt again")
    func badInput() throws {
        let run = try plain(["7", "yes", "1,2", "", "2", "", "1,4", "9", "q"])
        #expect(run.status == 0)
        let out = run.stdout
        #expect(out.contains("Please type a number from 1 to 3.\nType a number and press Enter. b: Back, r: Restart, q: Quit\n"))
        #expect(out.contains("That is not one of the choices. Please try again.\n"))
        #expect(out.contains("Please choose at least one answer.\n"))
        #expect(out.contains("Please type a number from 1 to 4.\nType the numbers of all that apply"))
        #expect(out.contains("That is not one of the choices. Please try again.\nType the numbers of all that apply"))
        #expect(!out.contains("What you can do"))
    }

    @Test("without --lang and --flow: a language choice, then a flow choice")
    func pickers() throws {
        let run = try plain(["2", "1", "2", "q"], [])
        #expect(run.status == 0)
        let out = run.stdout
        #expect(out.hasPrefix("\nChoose your language\n1. Español (Spanish)\n2. English\n"))
        #expect(out.contains("What is happening?\n1. Help at the door\n   What to do when someone knocks and says they are an officer.\n"))
        #expect(out.contains("Question 2 of about 2\nWhat do you need help with?"))
    }

    @Test("an unknown --flow lists the flows")
    func unknownFlow() throws {
        let run = try plain([], ["--lang", "en", "--flow", "dor"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no flow 'dor' (did you mean 'door'?); flows: door"))
    }

    /// A start of the wizard with options only is parsed by the wizard command alone (the fast
    /// way); `amparo wizard …` goes through the whole command tree. Both read the options the
    /// same way, and options that are wrong are reported by the whole parser, as always.
    @Test("the wizard's options read the same with or without `wizard`; wrong options are reported as always")
    func wizardOptionsReadTheSameEitherWay() throws {
        let directory = try content()
        let input = ["1", "3", "", "1 3", "q"].map { $0 + "\n" }.joined()
        let options = ["--plain", "--content", directory, "--lang", "es", "--flow", "door"]
        let direct = try Amparo.run(options, input: input)
        let named = try Amparo.run(["wizard"] + options, input: input)
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(direct.stdout == named.stdout && direct.stderr == named.stderr && direct.status == named.status)
        #expect(direct.stdout.contains("Question 1 of about 3") || direct.stdout.contains("Pregunta 1 de unas 3"), "\(direct.stdout)")

        let unknown = try Amparo.run(["--plain", "--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("Unknown option '--bogus'"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("Usage: amparo"), "\(unknown.stderr)")
        let missing = try Amparo.run(["--plain", "--lang"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Missing value for '--lang <tag>'"), "\(missing.stderr)")
        let version = try Amparo.run(["--plain", "--version"])
        #expect(version.status == 0 && version.stdout == "0.1.0\n", "\(version.stderr)")
        let help = try Amparo.run(["--kiosk", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: amparo wizard [--plain]"), "\(help.stdout)")
    }
}
