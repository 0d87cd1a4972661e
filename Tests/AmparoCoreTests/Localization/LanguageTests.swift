import Testing
@testable import AmparoCore

@Suite("Languages: picker order, environment preselection, --lang")
struct LanguageTests {
    let all = Language.known

    @Test("the picker lists Spanish first, then English, each by its own name with the English name second")
    func pickerOrder() {
        #expect(all.map(\.tag) == ["es", "en", "zh-Hans", "zh-Hant", "tl", "vi", "ko"])
        #expect(all.map(\.pickerLabel) == ["Español (Spanish)", "English", "中文（简体） (Chinese (Simplified))",
                                           "中文（繁體） (Chinese (Traditional))", "Tagalog", "Tiếng Việt (Vietnamese)",
                                           "한국어 (Korean)"])
    }

    @Test("locale names map to Amparo's tags", arguments: [
        ("zh_TW.UTF-8", "zh-Hant"), ("zh_HK", "zh-Hant"), ("zh-Hant-HK", "zh-Hant"), ("zh_CN.UTF-8", "zh-Hans"),
        ("zh_SG", "zh-Hans"), ("zh", "zh-Hans"), ("es_MX.UTF-8", "es"), ("es-419", "es"), ("fil_PH", "tl"),
        ("vi_VN@euro", "vi"), ("ko_KR.UTF-8", "ko"), ("en_US.UTF-8", "en"),
    ])
    func tags(raw: String, tag: String) {
        #expect(LanguageTagMatcher.canonicalTag(raw) == tag)
    }

    @Test("C and POSIX name no language")
    func posix() {
        #expect(LanguageTagMatcher.canonicalTag("C") == nil)
        #expect(LanguageTagMatcher.canonicalTag("POSIX") == nil)
        #expect(LanguageTagMatcher.canonicalTag("C.UTF-8") == nil)
        #expect(LanguageTagMatcher.canonicalTag("") == nil)
    }

    @Test("LANGUAGE comes first, in order; then the first of LC_ALL, LC_MESSAGES, LANG")
    func environmentOrder() {
        #expect(LanguagePreselection.preselect(environment: ["LANGUAGE": "fr:zh_TW:es", "LANG": "ko_KR.UTF-8"],
                                               available: all) == .chineseTraditional)
        #expect(LanguagePreselection.preselect(environment: ["LC_ALL": "vi_VN.UTF-8", "LC_MESSAGES": "ko_KR", "LANG": "es_MX"],
                                               available: all) == .vietnamese)
        #expect(LanguagePreselection.preselect(environment: ["LC_MESSAGES": "ko_KR", "LANG": "es_MX"], available: all) == .korean)
        #expect(LanguagePreselection.preselect(environment: ["LC_ALL": "", "LANG": "es_MX.UTF-8"], available: all) == .spanish)
        #expect(LanguagePreselection.preselect(environment: ["LANG": "C.UTF-8"], available: all) == nil)
        #expect(LanguagePreselection.preselect(environment: ["LANG": "fr_FR.UTF-8"], available: all) == nil)
        #expect(LanguagePreselection.preselect(environment: ["LANG": "es_MX"], available: [.english]) == nil)
        #expect(LanguagePreselection.preselectedRow(environment: ["LANG": "ko_KR"], available: all) == 6)
        #expect(LanguagePreselection.preselectedRow(environment: [:], available: all) == 0)
    }

    @Test("--lang accepts a shipped tag in any spelling, and otherwise suggests the close ones")
    func resolve() throws {
        #expect(try Language.resolve(tag: "es", among: all) == .spanish)
        #expect(try Language.resolve(tag: "es-MX", among: all) == .spanish)
        #expect(try Language.resolve(tag: "zh_TW", among: all) == .chineseTraditional)
        #expect(try Language.resolve(tag: "ZH-hant", among: all) == .chineseTraditional)
        #expect(try Language.resolve(tag: "Korean", among: all) == .korean)
        do {
            _ = try Language.resolve(tag: "Spansh", among: all)
            Issue.record("Spansh was accepted")
        } catch {
            #expect(error.suggestions.first == "es")
            #expect(error.description.hasPrefix("unknown language 'Spansh'. Did you mean 'es'"))
            #expect(error.description.contains("es (Español (Spanish))"))
        }
        #expect(throws: UnknownLanguageError.self) { try Language.resolve(tag: "fr", among: all) }
    }
}
