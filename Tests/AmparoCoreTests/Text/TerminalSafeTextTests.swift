import AmparoTestSupport
import Testing
@testable import AmparoCore

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test func theCorpusIsThere() {
        #expect(TerminalPayload.all.count >= 30)
        for payload in TerminalPayload.all {
            #expect(firstTerminalActingScalar(in: payload.text) != nil, "\(payload) would not act on a terminal")
        }
    }

    @Test(arguments: TerminalPayload.all)
    func everyPayloadIsFoundAndMadeSafe(payload: TerminalPayload) throws {
        let text = "Stay silent. " + payload.text + " Ask for a lawyer."
        let found = try #require(TerminalSafeText.firstUnsafe(in: text))
        let expected = try #require(firstTerminalActingScalar(in: text))
        #expect(found.scalar == expected)
        #expect(Array(text.unicodeScalars)[found.offset] == expected)
        let safe = TerminalSafeText.sanitize(text)
        #expect(firstTerminalActingScalar(in: safe) == nil, "\(safe.debugDescription)")
        #expect(safe.hasPrefix("Stay silent. ") && safe.hasSuffix(" Ask for a lawyer."))
        #expect(TerminalSafeText.sanitize(safe) == safe)
        let json = TerminalSafeText.sanitize(text, style: .jsonEscape)
        #expect(firstTerminalActingScalar(in: json) == nil)
    }

    /// Escapes are shown, not dropped: a reviewer sees that something was there.
    @Test func unsafeCharactersAreShownVisibly() {
        #expect(TerminalSafeText.sanitize("Open\r hidden\u{1B}[8m") == "Open<U+000D> hidden<U+001B>[8m")
        #expect(TerminalSafeText.sanitize("\u{9B}2J\u{202E}x\u{FEFF}") == "<U+009B>2J<U+202E>x<U+FEFF>")
        #expect(TerminalSafeText.sanitize("a\tb") == "a b")
        #expect(TerminalSafeText.sanitize("\u{9B}\u{1B}", style: .jsonEscape) == "\\u009b\\u001b")
    }

    /// Line feeds, zero-width joiners and non-joiners, the directional marks, CJK and accents
    /// are text: Persian, Indic and Khmer need the joiners.
    @Test func ordinaryTextIsLeftAsItIs() {
        let texts = ["line one\nline two", "می\u{200C}خواهم وکیل داشته باشم", "क्\u{200D}ष", "ស្\u{200B}ងាត់",
                     "\u{200F}שלום\u{200E}", "我要保持沉默", "Tiếng Việt", "café — “quotes” €", ""]
        for text in texts {
            #expect(TerminalSafeText.firstUnsafe(in: text) == nil, "\(text.debugDescription)")
            #expect(TerminalSafeText.sanitize(text) == text)
        }
    }

    /// The byte scan finds a character at the end, after multi-byte text, and not a look-alike
    /// (U+2029 and U+206A share lead bytes with the bidi controls; U+FEFE and U+00A0 with the
    /// others).
    @Test func theByteScanIsExact() {
        #expect(TerminalSafeText.firstUnsafe(in: "日本語\u{2069}")?.offset == 3)
        #expect(TerminalSafeText.firstUnsafe(in: "é\u{85}")?.offset == 1)
        for lookAlike in ["\u{2029}", "\u{206A}", "\u{2029}\u{202F}", "\u{FEFE}", "\u{A0}", "\u{7E}", "\u{2065}"] {
            #expect(TerminalSafeText.firstUnsafe(in: lookAlike) == nil, "\(lookAlike.unicodeScalars.map(\.value))")
        }
        for scalar in [0x7F, 0x80, 0x9F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x00, 0x1F] {
            let text = "ab" + String(Unicode.Scalar(UInt32(scalar))!)
            #expect(TerminalSafeText.firstUnsafe(in: text)?.offset == 2, "U+\(String(scalar, radix: 16))")
        }
    }

    @Test func charactersAreNamedInMessages() {
        #expect(TerminalSafeText.describe("\u{1B}") == "U+001B (a control character)")
        #expect(TerminalSafeText.describe("\u{202E}") == "U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control)")
        #expect(TerminalSafeText.describe("\u{FEFF}") == "U+FEFF (an invisible byte order mark)")
    }
}
