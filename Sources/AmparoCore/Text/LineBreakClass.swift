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

    /// Han, kana, bopomofo, CJK symbols and full-width forms: the wide characters of
    /// `DisplayWidth` except Hangul, which keeps its words together (`EastAsianScript`, the one
    /// classification for width, breaking, labels and readability).
    static func isIdeographic(_ character: Character) -> Bool {
        EastAsianScript(character)?.breaksAnywhere ?? false
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
