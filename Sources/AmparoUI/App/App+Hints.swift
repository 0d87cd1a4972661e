import AmparoCore

extension App {
    /// The footer buttons for the current screen, in display order, ranked by ``HintOrder``.
    func hints() -> [Hint] {
        if let overlayHints = kioskOverlayHints() { return overlayHints }
        if helpVisible {
            return [Hint(key: strings(.keyEscape), label: strings(.close), action: .dismiss, priority: 0)]
        }
        var hints: [Hint] = []
        let step = page == .step ? session?.currentStep : nil
        switch step?.kind {
        case .outcome?:
            hints.append(Hint(key: "PgDn", label: strings(.scroll), action: .pageDown, priority: 0))
        case .multiple?:
            hints.append(Hint(key: strings(.keySpace), label: strings(.toggle), action: .toggle, priority: 0))
        case .info?:
            hints.append(Hint(key: strings(.keyEnter), label: strings(.continueAction), action: .confirm, priority: 0))
        default:
            hints.append(Hint(key: strings(.keyEnter), label: strings(.select), action: .confirm, priority: 0))
        }
        if page != .language || returnFromLanguage != nil {
            hints.append(Hint(key: "b", label: strings(.back), action: .back, priority: 0))
        }
        if page == .step {
            hints.append(Hint(key: "r", label: strings(.restart), action: .restart, priority: 0))
        }
        if page != .language && configuration.languages.count > 1 {
            hints.append(Hint(key: "l", label: strings(.changeLanguage), action: .language, priority: 0))
        }
        hints.append(Hint(key: "?", label: strings(.help), action: .help, priority: 0))
        hints.append(Hint(key: "q", label: strings(isKiosk ? .finishAction : .quit), action: .quit,
                          priority: 0))
        return (hints + kioskHints()).map { hint in
            var ranked = hint
            ranked.priority = HintOrder.priority(of: hint.action, kiosk: isKiosk, atOutcome: isAtOutcome)
            return ranked
        }
    }
}
