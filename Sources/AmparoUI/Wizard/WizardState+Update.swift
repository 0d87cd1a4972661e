import AmparoCore

/// What one update may read and what it asks for: the configuration (flows, languages, kiosk
/// settings, which services exist) and the effects it collects for the runtime.
struct WizardUpdate {
    let configuration: AppConfiguration
    var effects: [WizardEffect] = []
}

extension WizardState {
    /// The one way the state changes: applies `event` and returns the effects the runtime must
    /// carry out (clearing the terminal, printing, speaking, saving), in order.
    public mutating func apply(_ event: WizardEvent, in configuration: AppConfiguration) -> [WizardEffect] {
        var update = WizardUpdate(configuration: configuration)
        switch event {
        case .key(let key, let time): receive(key, at: time, &update)
        case .action(let action): handle(action, &update)
        case .tick(let time): tick(at: time, &update)
        case .printed(let outcome): kiosk.status = printedStatus(outcome)
        case .saved(let path, let outcome): kiosk.status = savedStatus(outcome, path: path)
        case .drawn(let frame): record(frame)
        case .screenRead(let lines): readAloud(lines, &update)
        case .spoke(let started): showReadAloudResult(started ? nil : strings(.readAloudUnavailable))
        }
        return update.effects
    }

    /// Takes one key: the idle countdown, the staff PIN prompt and the volunteer's file-name
    /// prompt see keys first; then the key table turns the key into an action (the key of an
    /// action not offered here, such as the staff exit outside a kiosk, means nothing). The
    /// urgent and quick-exit keys work on every screen.
    mutating func receive(_ key: Key, at time: Duration, _ update: inout WizardUpdate) {
        let configuration = update.configuration
        switch key {
        case .endOfInput:
            isRunning = false
            return
        case .resize:
            handle(.resize, &update)
            return
        default:
            break
        }
        if configuration.kiosk.kiosk {
            let dismissed = kiosk.idle.noteInput(at: time)
            if dismissed || kiosk.countdown != nil {
                kiosk.countdown = nil
                // Quick exit still means "clear it now", even over "Are you still there?".
                if KeyMap.standard.action(for: key) == .quickExit { quickExit(&update) }
                return
            }
            if case .prompt = kiosk.staff.phase {
                receiveStaffKey(key, at: time, &update)
                return
            }
        }
        if kiosk.savePath != nil {
            receiveSavePathKey(key, &update)
            return
        }
        guard let action = KeyMap.standard.action(for: key),
              ActionTable.isOffered(action, kiosk: configuration.kiosk.kiosk, readAloud: configuration.kiosk.readAloud)
        else {
            _ = kiosk.staff.handle(.cancel, at: time)
            return
        }
        if configuration.kiosk.kiosk {
            let outcome = kiosk.staff.handle(action == .staff ? .staffKey : .cancel, at: time)
            if outcome == .promptOpened { kiosk.overlay = .staffPrompt }
        }
        switch action {
        case .staff: return
        case .quickExit: quickExit(&update)
        case .urgent: kiosk.overlay == .urgent ? closeOverlay() : openUrgent()
        case .readAloud: readAloud(&update)
        default:
            switch kiosk.overlay {
            case .urgent?: urgentAction(action, &update)
            case .takeAway?: takeAwayAction(action, &update)
            case .staffPrompt?, nil: handle(action, &update)
            }
        }
    }

    /// Applies one action to the page (or the help, when it is open).
    mutating func handle(_ action: Action, _ update: inout WizardUpdate) {
        if action == .resize { return }
        if reading != nil {
            scrollReading(action)
            return
        }
        if action != .quit { message = nil }
        if action != .quit { confirmingQuit = false }
        switch action {
        case .quit: quit(&update)
        case .help:
            helpVisible = true
            helpOffset = 0
        case .language: openLanguagePicker(update.configuration)
        case .back: goBack(update.configuration)
        case .dismiss: goBack(update.configuration)   // Esc goes back, as in dialog and whiptail
        case .restart: restart()
        case .click(let x, let y): click(x: x, y: y, &update)
        case .up, .down, .pageUp, .pageDown, .first, .last: move(action, update.configuration)
        case .confirm: choose(lists[page]?.selected ?? 0, &update)
        case .pick(let number): pick(number, &update)
        case .toggle: toggle(lists[page]?.selected ?? 0, &update)
        case .resize, .staff: break
        case .urgent: openUrgent()
        case .quickExit: quickExit(&update)
        case .readAloud: readAloud(&update)
        case .takeAway: openTakeAway(update.configuration)
        case .sources:
            if isAtOutcome {
                reading = .sources
                helpOffset = 0
            }
        case .print, .save: break  // only on the take-away screen
        }
    }

    /// `q`: in a kiosk, a wipe for the next person; otherwise the program ends.
    /// Outside a kiosk, with answers given, it asks first: a second `q` leaves (and the answers
    /// are gone), any other key stays. `x` never asks.
    mutating func quit(_ update: inout WizardUpdate) {
        if update.configuration.kiosk.kiosk {
            wipe(&update)
        } else if confirmingQuit || session?.history.isEmpty != false {
            isRunning = false
        } else {
            confirmingQuit = true
            message = strings.quitConfirmation
        }
    }

    /// Keys while the help is open: arrows and pages scroll it, anything else closes it.
    /// Scrolls the help or the sources screen; any other key closes it.
    private mutating func scrollReading(_ action: Action) {
        let page = max(layout.bodySize.height - 1, 1)
        switch action {
        case .up: helpOffset -= 1
        case .down: helpOffset += 1
        case .pageUp: helpOffset -= page
        case .pageDown: helpOffset += page
        default: reading = nil
        }
        helpOffset = max(helpOffset, 0)
    }
}
