import AmparoCore

extension App {
    /// The footer buttons for the current screen, most important first when room is short.
    func hints() -> [Hint] {
        if let overlayHints = kioskOverlayHints() { return overlayHints }
        if helpVisible {
            return [Hint(key: strings(.keyEscape), label: strings(.close), action: .dismiss, priority: 0)]
        }
        var hints: [Hint] = []
        let step = page == .step ? session?.currentStep : nil
        switch step?.kind {
        case .outcome?:
            hints.append(Hint(key: "PgDn", label: strings(.scroll), action: .pageDown, priority: 3))
        case .multiple?:
            hints.append(Hint(key: strings(.keySpace), label: strings(.toggle), action: .toggle, priority: 3))
        case .info?:
            hints.append(Hint(key: strings(.keyEnter), label: strings(.continueAction), action: .confirm, priority: 3))
        default:
            hints.append(Hint(key: strings(.keyEnter), label: strings(.select), action: .confirm, priority: 3))
        }
        if page != .language || returnFromLanguage != nil {
            hints.append(Hint(key: "b", label: strings(.back), action: .back, priority: 1))
        }
        if page == .step {
            hints.append(Hint(key: "r", label: strings(.restart), action: .restart, priority: 5))
        }
        if page != .language && configuration.languages.count > 1 {
            hints.append(Hint(key: "l", label: strings(.changeLanguage), action: .language, priority: 4))
        }
        hints.append(Hint(key: "?", label: strings(.help), action: .help, priority: 0))
        hints.append(Hint(key: "q", label: strings(isKiosk ? .finishAction : .quit), action: .quit,
                          priority: isKiosk && isAtOutcome ? 0 : 2))
        return hints + kioskHints()
    }
}
