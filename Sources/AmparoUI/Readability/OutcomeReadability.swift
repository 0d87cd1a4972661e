import AmparoCore

/// How an outcome reads on a screen of a given size, measured on the very page the wizard draws
/// (`Strings.outcomePage`, `OutcomeView`): the words before the first action, the length of
/// "do this now", and the PgDn presses to read it all.
public struct OutcomeReadability: Hashable, Codable, Sendable {
    /// The outcome step.
    public var outcome: String
    /// The cards measured (the longest set the outcome can show), in display order.
    public var cards: [String]
    /// Words on the page before the first action ("Do this now" itself counts).
    public var wordsBeforeFirstAction: Int
    /// How many actions "do this now" holds.
    public var actions: Int
    /// Words in the actions (the number to call not counted).
    public var actionWords: Int
    /// PgDn presses to reach the first action, and to read it all, at each size.
    public var screens: [Screen]

    /// One screen size's figures.
    public struct Screen: Hashable, Codable, Sendable {
        public var width: Int
        public var height: Int
        /// PgDn presses before the first action is on screen (0: it shows at once).
        public var pressesToFirstAction: Int
        /// Whether the whole "do this now" list fits on the first screen.
        public var actionsFitFirstScreen: Bool
        /// How many actions start on the first screen.
        public var actionsOnFirstScreen: Int
        /// PgDn presses to reach the end.
        public var pressesToReadAll: Int
    }

    /// The sizes measured: the classic terminal and the smallest Amparo supports.
    public static let sizes = [(80, 24), (WizardView.minimumWidth, WizardView.minimumHeight)]

    /// Measures outcome `outcome` of `flow` showing `cards`, in `strings`' language.
    public init(outcome: String, cards: [Card], flow: Flow, strings: Strings) {
        self.outcome = outcome
        self.cards = cards.map(\.id)
        let page = strings.outcomePage(cards, flow: flow, heading: flow.step(outcome).map { strings.text($0.text).text } ?? "")
        actions = page.actions.count
        actionWords = TextStatistics(joining: page.actions).words
        let labels = CardLabels(say: strings(.cardSay), contested: strings(.cardContested), contacts: strings(.cardContacts),
                                sources: strings(.cardSources), urgent: strings(.cardUrgent))
        var before = 0
        var measured: [Screen] = []
        for (width, height) in OutcomeReadability.sizes {
            // The body the frame leaves (FrameView: a margin each side, two rows above and below).
            let bodyWidth = width - 2 * FrameView.margin, bodyHeight = height - 4
            let lines = OutcomeView.document(for: page, labels: labels, width: bodyWidth).lines.map(\.text)
            let first = page.actions.first.flatMap { action in
                lines.firstIndex { $0.contains(action.prefix(8)) }
            }
            // The list ends where the notice that follows it begins (the call line is the list's last).
            let after = page.notice.flatMap { notice in
                lines.indices.dropFirst(first ?? 0).first { lines[$0].contains(notice.prefix(12)) }
            }
            let last = after.map { $0 - 1 } ?? first
            if width == 80 { before = TextStatistics(joining: Array(lines[..<(first ?? 0)])).words }
            let step = max(bodyHeight - 1, 1)
            let maximum = ScrollView.maximumOffset(lineCount: lines.count, height: bodyHeight)
            func presses(toShow line: Int) -> Int {
                line < bodyHeight ? 0 : min((line - bodyHeight) / step + 1, (maximum + step - 1) / step)
            }
            // Each action's first line, in order.
            var starts: [Int] = []
            for (number, action) in page.actions.enumerated() {
                let from = (starts.last ?? (first ?? 0) - 1) + 1
                if let line = lines.indices.dropFirst(from).first(where: {
                    lines[$0].contains("\(number + 1). " + String(action.prefix(6)))
                }) { starts.append(line) }
            }
            measured.append(Screen(width: width, height: height,
                                   pressesToFirstAction: first.map(presses(toShow:)) ?? 0,
                                   actionsFitFirstScreen: (last ?? 0) < bodyHeight,
                                   actionsOnFirstScreen: starts.filter { $0 < bodyHeight }.count,
                                   pressesToReadAll: (maximum + step - 1) / step))
        }
        wordsBeforeFirstAction = before
        screens = measured
    }
}
