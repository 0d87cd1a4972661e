import AmparoCore

extension WizardView {
    /// The footer buttons for the current screen, in display order, ranked for a narrow footer.
    /// Every key, label, place and rank comes from the action table (`ActionTable.FooterPlace`);
    /// this decides only which page shows which, and the overlays' own few.
    static func hints(_ state: WizardState, _ configuration: AppConfiguration) -> [Hint] {
        let strings = state.strings
        let kiosk = configuration.kiosk.kiosk
        func hint(_ action: Action, _ label: InterfaceString? = nil) -> Hint? {
            guard let binding = ActionTable.binding(for: action),
                  binding.isOffered(kiosk: kiosk, readAloud: configuration.kiosk.readAloud),
                  let footer = label ?? binding.footer else { return nil }
            return Hint(key: strings.key(binding.label), label: strings(footer), action: action, priority: 0)
        }
        if let overlayHints = kioskOverlayHints(state, configuration, hint) { return overlayHints }
        if state.reading != nil { return [hint(.dismiss)].compactMap { $0 } }
        let step = state.page == .step ? state.session?.currentStep : nil
        let (mainKey, mainLabel): (Action, InterfaceString?) = switch step?.kind.behaviour {
        case .showCards?: (.pageDown, nil)
        case .chooseMany?: (.toggle, nil)
        case .read?: (.confirm, .continueAction)
        case .chooseOne?, nil: (.confirm, nil)
        }
        let atOutcome = state.isAtOutcome
        let placed = ActionTable.standard.compactMap { binding -> (ActionTable.Binding, ActionTable.FooterPlace)? in
            guard let place = binding.place else { return nil }
            let shown = switch place.shown {
            case .mainKey: binding.action == mainKey
            case .whenCanGoBack: state.page != .language || state.returnFromLanguage != nil
            case .onSteps: state.page == .step
            case .withSeveralLanguages: state.page != .language && configuration.languages.count > 1
            case .onEveryPage: true
            case .atOutcome: atOutcome
            }
            return shown ? (binding, place) : nil
        }
        return placed.sorted { $0.1.position < $1.1.position }.compactMap { binding, place in
            let label = place.shown == .mainKey ? mainLabel : kiosk ? binding.kioskFooter : nil
            guard var ranked = hint(binding.action, label) else { return nil }
            ranked.priority = place.rank(kiosk: kiosk, atOutcome: atOutcome)
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
