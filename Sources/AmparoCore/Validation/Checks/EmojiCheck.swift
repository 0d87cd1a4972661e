/// Emoji in content: terminals disagree on their width, so lines shift. A warning.
struct EmojiCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        flow.forEachText { diagnostics += EmojiCheck.problems(in: $0) }
        return diagnostics
    }

    /// The emoji problem of one text (flow texts and source notes alike), if it has one.
    static func problems(in text: Text) -> [Diagnostic] {
        // Most text is ASCII, which holds no emoji: one pass over its bytes settles it.
        guard !EmojiCheck.isASCII(text.english),
              let emoji = text.english.unicodeScalars.first(where: EmojiCheck.isEmoji) else { return [] }
        return [Diagnostic(.emoji,
            "emoji U+\(String(emoji.value, radix: 16, uppercase: true)) in \(text.key); terminals disagree on its width",
            at: text.location)]
    }

    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || scalar.value == 0xFE0F
    }

    /// Whether every byte of `string` is below 0x80; ORs the bytes together, which the
    /// compiler turns into wide vector operations.
    static func isASCII(_ string: String) -> Bool {
        let contiguous = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            return union < 0x80
        }
        return contiguous ?? string.utf8.allSatisfy { $0 < 0x80 }
    }
}
