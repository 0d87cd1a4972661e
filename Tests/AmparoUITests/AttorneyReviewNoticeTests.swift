import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

/// While no attorney review covers the content, the wizard says so once per session in the
/// person's language, and the volunteer view says it too; a review that covers the content
/// silences it.
@Suite struct AttorneyReviewNoticeTests {
    static let root = TestContentFiles.packageRoot
    static let spanish = "Un abogado todavía no ha revisado esta guía."

    func configuration(language: String) throws -> AppConfiguration {
        try WizardLauncher.configuration(for: WizardLauncher.Options(language: language, content: Self.root), environment: [:])
    }

    @Test func saidOnceInThePersonsLanguage() throws {
        let app = App(configuration: try configuration(language: "es"))
        let first = app.render(width: 80, height: 24).text().joined(separator: " ")
        #expect(first.contains(Self.spanish))
        #expect(!first.contains("A lawyer has not yet checked"))
        app.handle(.pick(1))
        app.handle(.back)
        let again = app.render(width: 80, height: 24).text().joined(separator: " ")
        #expect(again.contains("¿Qué está pasando?"))
        #expect(!again.contains(Self.spanish))
    }

    @Test func theVolunteerViewSaysIt() throws {
        var configuration = try configuration(language: "es")
        configuration.volunteerLanguage = "en"
        let app = App(configuration: configuration)
        app.handle(.pick(1))
        let screen = app.render(width: 120, height: 40).text().joined(separator: " ")
        #expect(screen.contains("A lawyer has not yet checked this guidance"))
    }

    @Test func aCoveringReviewSilencesIt() throws {
        var configuration = try configuration(language: "es")
        configuration.attorneyReviewNotice = nil
        let app = App(configuration: configuration)
        #expect(!app.render(width: 80, height: 24).text().joined(separator: " ").contains(Self.spanish))
    }

    @Test func theShippedContentRecordsNoReview() {
        let content = ContentLocator.locate(override: Self.root)!
        #expect(!ContentLoading.reviewCoversEverything(content))
        #expect(FactLoader.load(directory: content.facts).base.review.record == nil)
    }
}
