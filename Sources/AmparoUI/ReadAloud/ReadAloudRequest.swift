/// What the read-aloud key does for a screen: speak it with a voice, or say there is none.
public enum ReadAloudRequest: Equatable, Sendable {
    /// Speak `text` with the espeak-ng voice `voice`.
    case speak(voice: String, text: String)
    /// espeak-ng has no voice for this language: show the "no voice" message instead.
    case noVoice(languageTag: String)

    /// The request for the screen's text in the language `languageTag`. Box-drawing and block
    /// characters are dropped and lines joined, so the voice reads words, not frames.
    public init(screenLines: [String], languageTag: String) {
        guard let voice = SpeechVoice.voice(forLanguageTag: languageTag) else {
            self = .noVoice(languageTag: languageTag)
            return
        }
        let spoken = screenLines.map { line in
            String(line.unicodeScalars.filter { !(0x2500...0x259F).contains($0.value) }.map(Character.init))
        }
        .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        .filter { !$0.isEmpty }
        self = .speak(voice: voice, text: spoken.joined(separator: "\n"))
    }
}
