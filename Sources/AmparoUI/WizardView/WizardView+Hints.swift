import AmparoCore

extension WizardView {
    /// The footer buttons for the current screen, in display order, ranked by ``HintOrder``.
    /// Every key and label comes from the action table.
    static func hints(_ state: WizardState, _ configuration: AppConfiguration) -> [Hint] {
        let strings = state.strings
        let kiosk = configuration.kiosk.kiosk
        func hint(_ action: Action, _ label: InterfaceString? = nil) -> Hint? {
            guard let binding = ActionTable.binding(for: action),
                  binding.isOffered(readAloud: configuration.kiosk.readAloud),
                  let footer = label ?? binding.footer else { return nil }
            return Hint(key: strings.key(binding.label), label: strings(footer), action: action, priority: 0)
        }
        if let overlayHints = kioskOverlayHints(state, configuration, hint) { return overlayHints }
        if state.reading != nil { return [hint(.dismiss)].compactMap { $0 } }
        var hints: [Hint?] = []
        let step = state.page == .step ? state.session?.currentStep : nil
        switch step?.kind.behaviour {
        case .showCards?: hints.append(hint(.pageDown))
        case .chooseMany?: hints.append(hint(.toggle))
        case .read?: hints.append(hint(.confirm, .continueAction))
        case .chooseOne?, nil: hints.append(hint(.confirm))
        }
        if state.page != .language || state.returnFromLanguage != nil { hints.append(hint(.back)) }
        if state.page == .step { hints.append(hint(.restart)) }
        if state.page != .language && configuration.languages.count > 1 { hints.append(hint(.language)) }
        hints.append(hint(.help))
        hints.append(hint(.quit, kiosk ? .finishAction : nil))
        hints.append(hint(.urgent))
        if state.isAtOutcome { hints.append(hint(.takeAway)) }
        if state.isAtOutcome { hints.append(hint(.sources)) }
        hints.append(hint(.quickExit))
        hints.append(hint(.readAloud))
        return hints.compactMap { $0 }.map { hint in
            var ranked = hint
            ranked.priority = HintOrder.priority(of: hint.action, kiosk: kiosk, atOutcome: state.isAtOutcome)
            return ranked
        }
    }

    /// The footer while an overlay is shown; nil when none is.
    private static func kioskOverlayHints(_ state: WizardState, _ configuration: AppConfiguration,
                                          _ hint: (Action, InterfaceString?) -> Hint?) -> [Hint]? {
        if state.kiosk.countdown != nil { return [] }
        switch state.kiosk.overlay {
        case .staffPrompt?:
            return [hint(.dismiss, nil)].compactMap { $0 }
        case .urgent?:
            let hints = [hint(.dismiss, .urgentBack), hint(.pageDown, nil), hint(.quickExit, nil), hint(.readAloud, nil)]
            let priorities: [Action: Int] = [.dismiss: 0, .quickExit: 1, .readAloud: 1, .pageDown: 2]
            return hints.compactMap { $0 }.map { hint in
                var ranked = hint
                ranked.priority = priorities[hint.action] ?? 3
                return ranked
            }
        case .takeAway?, nil:
            return nil
        }
    }
}
