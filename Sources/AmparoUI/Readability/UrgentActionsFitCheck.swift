import AmparoCore

/// The validator's check that an urgent outcome's first actions fit on the smallest screen
/// (AMP069): at 40x12, the first three actions of "Do this now" (all of them, when there are
/// fewer) start on the first screen, in English and in every catalog of the content's
/// `Localization/`. Measured on the page the wizard draws (`OutcomeReadability`), on the longest
/// set of cards each outcome can show, so it lives here, beside the layout, and plugs into
/// `ContentValidator` as an extra check.
public struct UrgentActionsFitCheck: ContentCheck {
    /// How many actions must start on the first 40x12 screen.
    public static let actionsOnSmallestScreen = 3

    public init() {}

    public func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String]) {
        var languages: [(name: String, strings: Strings)] = [("English", .english)]
        if let path = content.localizationDirectory {
            let directory = LocalizationDirectory(path: path)
            for language in directory.availableLanguages() where language.tag != Language.english.tag {
                // An unreadable catalog is the catalog check's error; here it is only not measured.
                guard let localizer = try? directory.localizer(for: language) else { continue }
                languages.append(("\(language.englishName) (\(language.tag))", Strings(localizer: localizer)))
            }
        }
        var diagnostics: [Diagnostic] = []
        for flow in content.flows {
            let longest = ReadabilityReport.longestCardSets(of: flow)
            for step in flow.steps where step.kind.isOutcome {
                guard let ids = longest[step.id] else { continue }
                let cards = ids.compactMap(flow.card)
                guard cards.contains(where: \.urgent) else { continue }
                for (name, strings) in languages {
                    let measured = OutcomeReadability(outcome: step.id, cards: cards, flow: flow, strings: strings)
                    guard let small = measured.screens.first(where: { $0.width == WizardView.minimumWidth }) else { continue }
                    let wanted = min(Self.actionsOnSmallestScreen, measured.actions)
                    if small.actionsOnFirstScreen < wanted {
                        diagnostics.append(Diagnostic(
                            .urgentActionsDoNotFit,
                            "urgent outcome '\(step.id)' shows \(small.actionsOnFirstScreen) of its first \(wanted) actions on the first 40x12 screen in \(name); shorten its cards' `now` lines",
                            at: step.location))
                    }
                }
            }
        }
        return (diagnostics, [])
    }
}
