import AmparoCore
import Testing
@testable import AmparoUI

@Suite struct FlowSourceTests {
    @Test func aBackgroundLoadIsWaitedForWhenTheFlowsAreRead() {
        let source = FlowSource(loading: { .success([TestContent.flow]) })
        #expect(source.flows.map(\.id) == ["door"])
        #expect(source.problem == nil)
    }

    @Test func aFailedLoadOffersNoFlowAndSaysWhy() throws {
        let broken = FlowLoader.load(yaml: "id: [", file: "broken.yaml")
        let source = FlowSource(loading: { .failure(.init(diagnostics: broken.diagnostics)) })
        #expect(source.flows.isEmpty)
        let problem = try #require(source.problem)
        #expect(!problem.diagnostics.isEmpty)
        let app = App(configuration: {
            var configuration = AppConfiguration(flows: [], languages: LanguageChoice.shipped, fixedLanguage: "en")
            configuration.flowSource = source
            return configuration
        }())
        #expect(app.render(width: 80, height: 24).text()
            .contains(" Some content could not be loaded. Please ask a volunteer for help."))
    }
}
