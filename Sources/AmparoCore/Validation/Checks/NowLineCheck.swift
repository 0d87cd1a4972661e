/// The `now:` line of a card: every urgent card has one (the "do this now" list is built from
/// them), and it is short, at most 12 words (a warning).
struct NowLineCheck: FlowCheck {
    static let maximumWords = 12

    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for card in flow.cards {
            guard let now = card.now else {
                if card.urgent {
                    diagnostics.append(Diagnostic(.urgentWithoutNow,
                        "urgent card '\(card.id)' has no 'now' line (the action in a few words, for the \"do this now\" list)",
                        at: card.location))
                }
                continue
            }
            let words = NowLineCheck.wordCount(now.english)
            if words > NowLineCheck.maximumWords {
                diagnostics.append(Diagnostic(.nowTooLong,
                    "the 'now' line of card '\(card.id)' has \(words) words; keep it to \(NowLineCheck.maximumWords) or fewer",
                    at: now.location))
            }
        }
        return diagnostics
    }

    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
