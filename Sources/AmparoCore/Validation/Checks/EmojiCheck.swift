/// Emoji in content: terminals disagree on their width, so lines shift. A warning.
struct EmojiCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        flow.texts.compactMap { text in
            guard !text.english.utf8.allSatisfy({ $0 < 0x80 }),
                  let emoji = text.english.unicodeScalars.first(where: EmojiCheck.isEmoji) else { return nil }
            return Diagnostic(.emoji,
                "emoji U+\(String(emoji.value, radix: 16, uppercase: true)) in \(text.key); terminals disagree on its width",
                at: text.location)
        }
    }

    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || scalar.value == 0xFE0F
    }
}
