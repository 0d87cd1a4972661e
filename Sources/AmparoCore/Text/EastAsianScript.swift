/// The one classification of East Asian text, which width, line breaking, labels and the
/// reading-grade count all use. A character is East Asian here only when the East Asian Width
/// table makes it wide (`DisplayWidth.isWide`), so the classes can never disagree with how many
/// columns a character takes; the Unicode blocks then tell Hangul, kana and Han apart.
enum EastAsianScript: Hashable, Sendable {
    /// Han ideographs: the unified blocks and extensions (planes 2 and 3), and compatibility
    /// ideographs.
    case han
    /// Hiragana and katakana.
    case kana
    /// Hangul: jamo, compatibility jamo and syllables.
    case hangul
    /// Every other wide character: CJK punctuation and symbols, bopomofo, full-width forms,
    /// wide emoji.
    case otherWide

    /// The class of `scalar`, or `nil` when it is not wide.
    init?(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        guard DisplayWidth.isWide(value) else { return nil }
        switch value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7FF: self = .hangul
        case 0x3040...0x30FF: self = .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFD: self = .han
        default: self = .otherWide
        }
    }

    /// The class of a character's first scalar, or `nil`.
    init?(_ character: Character) {
        guard let scalar = character.unicodeScalars.first else { return nil }
        self.init(scalar)
    }

    /// Whether the script is written without spaces between words and with full-width
    /// punctuation (Chinese, Japanese): Han and kana. Korean puts spaces between words.
    var writesWithoutSpaces: Bool {
        switch self {
        case .han, .kana: true
        case .hangul, .otherWide: false
        }
    }

    /// Whether a line may break before and after each character: every wide character but
    /// Hangul, which keeps its words together ("keep-all").
    var breaksAnywhere: Bool {
        switch self {
        case .han, .kana, .otherWide: true
        case .hangul: false
        }
    }
}
