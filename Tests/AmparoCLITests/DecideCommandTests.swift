import Foundation
import Testing

@Suite("amparo decide")
struct DecideCommandTests {
    @Test("text: the path, the outcome, the cards with their sources and checked dates")
    func text() throws {
        let run = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "where=home", "--answer", "warrant=unsure",
                                  "--answer", "needs=food,health"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.contains("1. Where are you? [where] -> At home [home]"))
        #expect(out.contains("2. Did they show a paper signed by a judge? [warrant] -> I can't tell [unsure]"))
        #expect(out.contains("3. (information) How to tell a judge's warrant from an ICE form [how-to-tell]"))
        #expect(out.contains("Outcome: What you can do [guidance]"))
        #expect(out.contains("1. Stay silent"))
        #expect(out.contains("2. [Urgent] An ICE form is not a judge's warrant"))
        #expect(out.contains("3. Food help is open to you"))
        #expect(out.contains("Protection from unreasonable searches, U.S. Const. amend. IV"))
        #expect(out.contains("Not settled: Courts have not settled this."))
        #expect(out.contains("Checked November 2026"))
        #expect(out.contains("Phone: 800-555-0100"))
    }

    @Test("json: outcome, cards in order, citations resolved")
    func json() throws {
        let run = try Amparo.run(["decide", Amparo.doorFlow, "--format", "json", "--answer", "where=home",
                                  "--answer", "warrant=administrative", "--answer", "needs=school"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((object["outcome"] as? [String: Any])?["id"] as? String == "guidance")
        let cards = try #require(object["cards"] as? [[String: Any]])
        #expect(cards.map { $0["id"] as? String } == ["silent", "admin-warrant"])
        let citations = try #require(cards[0]["citations"] as? [[String: Any]])
        #expect(citations.first?["cite"] as? String == "U.S. Const. amend. IV")
        #expect(citations.first?["asOf"] as? String == "1791-12-15")
        #expect(citations.first?["url"] as? String == "https://constitution.congress.gov/constitution/amendment-4/")
        let path = try #require(object["path"] as? [[String: Any]])
        #expect(path.map { $0["step"] as? String } == ["where", "warrant", "how-to-tell", "needs"])
        #expect(path[3]["answer"] as? [String] == ["school"])
    }

    @Test("an unknown question lists the questions and suggests the near miss")
    func unknownQuestion() throws {
        let run = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "wher=home"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("the flow has no question 'wher' (did you mean 'where'?); questions: where, warrant, needs"))
    }

    @Test("an unknown option lists the valid ones")
    func unknownOption() throws {
        let run = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "where=hom"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("question 'where' has no option 'hom' (did you mean 'home'?); valid: home, work, unsure"))
    }

    @Test("a missing answer names the question and its options")
    func missingAnswer() throws {
        let run = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "where=work"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("the path reaches question 'needs'"))
        #expect(run.stderr.contains("food, health, school, unsure"))
    }

    @Test("bad combinations and malformed answers are refused")
    func badAnswers() throws {
        let combined = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "where=home,work"])
        #expect(combined.status == 1)
        #expect(combined.stderr.contains("a single-choice question takes one option"))
        let malformed = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "where"])
        #expect(malformed.status == 1)
        #expect(malformed.stderr.contains("'where' is not STEP=OPTION"))
        let unsure = try Amparo.run(["decide", Amparo.doorFlow, "--answer", "where=work", "--answer", "needs=food,unsure"])
        #expect(unsure.stderr.contains("'unsure' cannot be combined with other options"))
    }

    @Test("a flow id is looked up in the content directory")
    func flowByID() throws {
        let content = try Amparo.contentDirectory(["door.yaml": String(contentsOfFile: Amparo.doorFlow, encoding: .utf8)])
        let run = try Amparo.run(["decide", "door", "--content", content, "--answer", "where=home", "--answer", "warrant=judicial"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Outcome: Let them in, and stay silent [comply]"))
        let missing = try Amparo.run(["decide", "dor", "--content", content])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no flow 'dor'"))
        #expect(missing.stderr.contains("did you mean 'door'?"))
    }

    @Test("--lang: translated cards in the language; a card with an untranslated part all in English, with the notice")
    func language() throws {
        let fixture = Amparo.root + "/Tests/AmparoCoreTests/Fixtures/localization"
        let content = try Amparo.contentDirectory(["door.yaml": String(contentsOfFile: fixture + "/Flows/door.yaml", encoding: .utf8)])
        try FileManager.default.createDirectory(atPath: content + "/Localization", withIntermediateDirectories: true)
        let catalog = try String(contentsOfFile: fixture + "/Localization/es.po", encoding: .utf8)
            .replacingOccurrences(of: "msgstr \"No abra la puerta.\"", with: "msgstr \"\"")
        try catalog.write(toFile: content + "/Localization/es.po", atomically: true, encoding: .utf8)
        let run = try Amparo.run(["decide", "door", "--content", content, "--answer", "door=yes", "--lang", "es"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("1. ¿Hay alguien en su puerta ahora? [door] -> Sí [yes]"))
        #expect(run.stdout.contains("2. Pida una orden judicial\n"))
        #expect(run.stdout.contains("1. Stay calm\n   Do not open the door.\n"))
        #expect(!run.stdout.contains("Mantenga la calma"))
        let notice = try #require(run.stdout.range(of: "1. Stay calm"))
        let before = run.stdout[..<notice.lowerBound].split(separator: "\n").last.map(String.init) ?? ""
        #expect(!before.isEmpty && before != "1. Stay calm", "a notice line right above the English card: \(before)")
        let english = try Amparo.run(["decide", "door", "--content", content, "--answer", "door=yes"])
        #expect(!english.stdout.contains(before), "the notice appears only with --lang")
    }
}
