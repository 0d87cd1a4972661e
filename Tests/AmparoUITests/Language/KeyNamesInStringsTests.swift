import AmparoCore
import Foundation
import Testing
@testable import AmparoUI

/// A key's letter is typed in one place, the action table: the help screen's last line and the
/// quit question take theirs from it in every shipped language, so a translation can never name
/// a key that does something else.
@Suite("Key names in translated strings")
struct KeyNamesInStringsTests {
    func strings(_ language: String) throws -> Strings {
        var configuration = AppConfiguration(flows: [], languages: [])
        try configuration.useCatalogs(in: LocalizationDirectory(path: FooterHintTests.localization),
                                      requested: language, environment: [:])
        return configuration.strings(language)
    }

    @Test("the help closing and the quit question name the table's keys", arguments: FooterHintTests.languages)
    func namedFromTheTable(language: String) throws {
        let strings = try strings(language)
        #expect(strings(.helpClose) != InterfaceString.helpClose.english || language == "en",
                "\(language): the help closing falls back to English")
        let closing = strings.helpClosing
        for action in [Action.pageUp, .pageDown, .quickExit, .urgent] {
            #expect(closing.contains(strings.key(for: action)), "\(language): \(closing)")
        }
        #expect(strings.quitConfirmation.contains(strings.key(for: .quit)), "\(language)")
        #expect(!closing.contains("%") && !strings.quitConfirmation.contains("%"), "\(language)")
    }

    @Test("in English the lines read as before")
    func english() {
        #expect(Strings.english.helpClosing
            == "The arrows and PgUp/PgDn scroll this page. x and a work here too. Any other key goes back.")
        #expect(Strings.english.quitConfirmation
            == "Press q again to leave. Your answers will be erased. Any other key stays.")
    }

    @Test("a key bound elsewhere is named there: the strings hold no letter of their own")
    func noLetterInTheTemplate() {
        for string in [InterfaceString.helpClose, .quitConfirm] {
            let words = string.english.replacingOccurrences(of: "%s", with: " ").split { !$0.isLetter }.map(String.init)
            #expect(!words.contains { $0.count == 1 || ["PgUp", "PgDn"].contains($0) }, "\(string.english)")
        }
    }
}
