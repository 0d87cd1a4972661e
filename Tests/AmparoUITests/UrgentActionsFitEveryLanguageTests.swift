import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

/// The readability targets of the urgent outcomes, in every shipped language, measured on the
/// page the wizard draws (`OutcomeReadability`): no PgDn to the first action at 80x24 or at
/// 40x12, the first three actions on the first 40x12 screen, under 60 words of actions.
@Suite("Urgent actions fit, in every shipped language")
struct UrgentActionsFitEveryLanguageTests {
    static let root = TestContentFiles.packageRoot

    @Test(arguments: ["en", "es", "zh-Hans", "zh-Hant", "vi", "ko", "tl"])
    func urgentOutcomesMeetTheTargets(language: String) throws {
        let configuration = try WizardLauncher.configuration(
            for: WizardLauncher.Options(language: language, content: Self.root), environment: [:])
        let strings = configuration.strings(language)
        var measured = 0
        for flow in configuration.flowSource.flows {
            let report = ReadabilityReport(flow: flow, strings: strings)
            for outcome in report.outcomes where report.isUrgent(outcome) {
                measured += 1
                let name = "\(language) \(flow.id)/\(outcome.outcome)"
                #expect(outcome.actionWords < ReadabilityReport.actionWordLimit || language != "en",
                        "\(name): \(outcome.actionWords) words of actions")
                for screen in outcome.screens {
                    #expect(screen.pressesToFirstAction == 0, "\(name) at \(screen.width)x\(screen.height)")
                }
                let small = try #require(outcome.screens.first { $0.width == WizardView.minimumWidth })
                #expect(small.actionsOnFirstScreen >= min(3, outcome.actions),
                        "\(name): only \(small.actionsOnFirstScreen) of \(outcome.actions) actions on the first 40x12 screen")
            }
        }
        #expect(measured >= 3, "\(language): no urgent outcome measured")
    }
}
