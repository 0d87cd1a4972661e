import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

/// With agents at the door, the first screen of the guidance is what to do and what to say:
/// every shipped urgent outcome, in English, Spanish, Chinese (Traditional) and Vietnamese,
/// through the real catalogs, driven by keys like a person would.
@Suite("The first screen of an urgent outcome")
struct UrgentOutcomeFirstScreenTests {
    /// One urgent walk: a flow, the answers of a case of its test plan that shows an urgent card.
    struct Walk: CustomStringConvertible, Sendable {
        var flowID: String
        var answers: [String: [String]]
        var language: String
        var description: String { "\(language) \(flowID)" }
    }

    static let root = TestContentFiles.packageRoot

    /// For each shipped flow, the first plan case whose outcome shows an urgent card, in each language.
    static let walks: [Walk] = {
        let facts = FactLoader.load(directory: root + "/Facts").base
        var walks: [Walk] = []
        for file in FlowLoader.yamlFiles(in: root + "/Flows") {
            guard let flow = FlowLoader.load(file: file, facts: facts).flows.first,
                  let text = try? String(contentsOfFile: root + "/Tests/Plans/\(flow.id).yaml", encoding: .utf8),
                  let plan = try? TestPlan.parse(text) else { continue }
            let urgent = plan.cases.first { testCase in
                testCase.cards.contains { flow.card($0)?.urgent == true }
            }
            guard let urgent else { continue }
            for language in ["en", "es", "zh-Hant", "vi"] {
                walks.append(Walk(flowID: flow.id, answers: urgent.answers.mapValues(\.ids), language: language))
            }
        }
        return walks
    }()

    /// The app at the walk's outcome, reached with the keys a person presses.
    func app(at walk: Walk) throws -> (App, Flow) {
        var options = WizardLauncher.Options(language: walk.language, content: Self.root)
        options.kiosk = KioskConfig()
        let configuration = try WizardLauncher.configuration(for: options, environment: [:])
        let flows = configuration.flowSource.flows
        let flow = try #require(flows.first { $0.id == walk.flowID })
        let app = App(configuration: configuration)
        app.handle(.pick((flows.firstIndex { $0.id == walk.flowID } ?? 0) + 1))
        let decision = try Decider.decide(flow, answers: walk.answers)
        for visit in decision.path {
            let step = try #require(flow.step(visit.stepID))
            let choices = step.options.map(\.id) + (step.unsure == nil ? [] : [UnsureOption.id])
            switch step.kind.behaviour {
            case .read: app.handle(.confirm)
            case .chooseOne:
                let id = try #require(visit.answer?.ids.first)
                app.handle(.pick(try #require(choices.firstIndex(of: id)) + 1))
            case .chooseMany:
                for id in visit.answer?.ids ?? [] { app.handle(.pick(try #require(choices.firstIndex(of: id)) + 1)) }
                app.handle(.last)
                app.handle(.confirm)
            case .showCards: break
            }
        }
        #expect(app.isAtOutcome, "\(walk): the keys reach the outcome")
        return (app, flow)
    }

    /// A line's words as a screen shows them, for finding wrapped text: spaces squeezed.
    func squeezed(_ lines: [String]) -> String {
        lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    @Test("80x24: every action, the number to call and the first words to say, in English too", arguments: walks)
    func wholeListAt80(_ walk: Walk) throws {
        let (app, flow) = try app(at: walk)
        let page = app.strings.outcomePage(app.session?.outcomeCards ?? [], flow: flow, heading: "")
        #expect(!page.actions.isEmpty && page.actions.count <= OutcomeGuidance.maximumActions)
        let screen = squeezed(app.render(width: 80, height: 24).text())
        for action in page.actions {
            #expect(screen.contains(action.split(separator: " ").prefix(4).joined(separator: " ")),
                    "\(walk): action not on the first screen: \(action)")
        }
        if let say = page.says.first {
            #expect(screen.contains(say.words.split(separator: " ").prefix(3).joined(separator: " ")),
                    "\(walk): the first words to say are on the first screen")
            if walk.language != "en" {
                let english = try #require(say.english, "\(walk): the English words to say")
                #expect(screen.contains(page.sayEnglishLabel.split(separator: " ").prefix(3).joined(separator: " ")),
                        "\(walk): marked as the words for the officer")
                #expect(screen.contains(english.split(separator: " ").prefix(4).joined(separator: " ")),
                        "\(walk): the English words to say are on the first screen")
            }
        }
    }

    @Test("40x12: the first three actions with no key pressed, and a mark that more is below", arguments: walks)
    func firstActionsAt40(_ walk: Walk) throws {
        let (app, flow) = try app(at: walk)
        let page = app.strings.outcomePage(app.session?.outcomeCards ?? [], flow: flow, heading: "")
        let lines = app.render(width: 40, height: 12).text()
        let screen = squeezed(lines)
        for action in page.actions.prefix(3) {
            let start = String(action.prefix(walk.language.hasPrefix("zh") ? 6 : 12))
            #expect(screen.contains(start.split(separator: " ").joined(separator: " ")),
                    "\(walk): \(action) is not on the first 40x12 screen:\n\(lines.joined(separator: "\n"))")
        }
        #expect(lines.contains { $0.hasSuffix("v") }, "\(walk): more below is marked")
    }
}
