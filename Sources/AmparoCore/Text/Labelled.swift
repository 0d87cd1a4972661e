/// Puts a short label in front of a text with the punctuation the label's script uses:
/// "Urgent: Stay silent", but "紧急：保持沉默" and "尚无定论：…" with no space after a
/// full-width colon. Labels come from the catalogs, so the join cannot be a fixed ": ".
public enum Labelled {
    /// `label` followed by a colon and `text` ("Urgent: …", "紧急：…").
    public static func withColon(_ label: String, _ text: String) -> String {
        usesFullWidthPunctuation(label) ? label + "\u{FF1A}" + text : label + ": " + text
    }

    /// `label`, which already ends with its own punctuation ("Not settled:", "尚无定论："),
    /// then `text`, with a space only where the label's script wants one.
    public static func after(_ label: String, _ text: String) -> String {
        guard let last = label.unicodeScalars.last else { return text }
        return isFullWidthPunctuation(last) ? label + text : label + " " + text
    }

    /// Whether a label is written in a script whose punctuation is full width (Chinese,
    /// Japanese: Han or kana, `EastAsianScript`).
    static func usesFullWidthPunctuation(_ label: String) -> Bool {
        label.unicodeScalars.contains { EastAsianScript($0)?.writesWithoutSpaces ?? false }
    }

    /// Full-width or ideographic punctuation, which carries its own spacing.
    static func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0xFF01...0xFF0F).contains(scalar.value) || (0xFF1A...0xFF20).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value)
    }
}
