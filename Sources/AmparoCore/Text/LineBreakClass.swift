/// The little of Unicode line breaking (UAX #14) that Amparo's wrapper needs.
///
/// Han ideographs, kana and full-width forms allow a break before and after
/// each character; closing punctuation never starts a line and opening
/// punctuation never ends one. Hangul is kept together between spaces, the way
/// Korean is written ("keep-all"), and long words still hard-break at the edge.
enum LineBreakClass {
    /// Whether a line may break between `before` and `after` (neither a space).
    static func allowsBreak(between before: Character, and after: Character) -> Bool {
        guard isIdeographic(before) || isIdeographic(after) else { return false }
        if isClosing(after) || isOpening(before) { return false }
        return true
    }

    /// Han, kana, bopomofo, CJK symbols and full-width forms.
    static func isIdeographic(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        switch value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F,
             0x31A0...0x31FF, 0x3200...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Punctuation that stays with the character before it.
    static func isClosing(_ character: Character) -> Bool {
        closing.contains(character)
    }

    /// Punctuation that stays with the character after it.
    static func isOpening(_ character: Character) -> Bool {
        opening.contains(character)
    }

    private static let closing: Set<Character> = Set(
        "、。，．：；！？）」』》〉】〕〗〙〛｝］〞・ー々〜％,.;:!?)]}’”%…"
    )
    private static let opening: Set<Character> = Set("（「『《〈【〔〖〘〚｛［〝([{‘“")
}
