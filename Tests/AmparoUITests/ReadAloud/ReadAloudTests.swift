import Testing

@testable import AmparoUI

@Suite("Read aloud")
struct ReadAloudTests {
    @Test(
        "language tags map to espeak-ng voices",
        arguments: [
            ("es", "es-419"), ("es-MX", "es-419"), ("en", "en-us"), ("vi", "vi-vn-x-south"),
            ("ko", "ko"), ("zh-Hans", "cmn"), ("zh", "cmn"), ("cmn", "cmn"), ("zh-Hant", "cmn"),
            ("yue", "yue"), ("zh-yue", "yue"), ("zh_HK", "yue"), ("zh-Hant-HK", "yue"),
        ])
    func voices(tag: String, voice: String) {
        #expect(SpeechVoice.voice(forLanguageTag: tag) == voice)
    }

    @Test("Tagalog (and unknown languages) have no voice")
    func noVoice() {
        #expect(SpeechVoice.voice(forLanguageTag: "tl") == nil)
        #expect(SpeechVoice.voice(forLanguageTag: "fil") == nil)
        #expect(SpeechVoice.voice(forLanguageTag: "") == nil)
        #expect(
            ReadAloudRequest(screenLines: ["Ano ang nangyayari?"], languageTag: "tl")
                == .noVoice(languageTag: "tl"))
    }

    @Test("frames and empty lines are not read; words are")
    func screenText() {
        let request = ReadAloudRequest(
            screenLines: ["┌──────────┐", "│ ¿Dónde   está? │", "", "  1  En casa  ", "▀▀▄▄"], languageTag: "es")
        #expect(request == .speak(voice: "es-419", text: "¿Dónde está?\n1 En casa"))
    }
}
