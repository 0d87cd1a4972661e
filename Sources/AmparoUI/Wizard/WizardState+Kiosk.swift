import AmparoCore

extension WizardState {
    /// Moves the kiosk's timers on to `time`: closes a forgotten PIN prompt, shows the
    /// countdown, and wipes when it runs out.
    mutating func tick(at time: Duration, _ update: inout WizardUpdate) {
        guard update.configuration.kiosk.kiosk else { return }
        if kiosk.staff.closeIfTimedOut(at: time), kiosk.overlay == .staffPrompt { kiosk.overlay = nil }
        switch kiosk.idle.phase(at: time) {
        case .active: kiosk.countdown = nil
        case .countdown(let secondsLeft): kiosk.countdown = secondsLeft
        case .expired:
            wipe(&update, screenCleared: true)
            message = strings(.screenCleared)
        }
    }

    /// How long the runtime may wait for a key before the kiosk's timers need it (nil: no
    /// limit, outside kiosk mode or with nothing to time).
    public func kioskWaitMilliseconds(at time: Duration, in configuration: AppConfiguration) -> Int? {
        guard configuration.kiosk.kiosk else { return nil }
        var waits: [Duration] = []
        if let idle = kiosk.idle.timeUntilNextChange(at: time) { waits.append(idle) }
        if case .prompt = kiosk.staff.phase { waits.append(.seconds(1)) }
        guard let wait = waits.min() else { return nil }
        let (seconds, attoseconds) = wait.components
        return max(Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000), 10)
    }

    /// Everything the person did is dropped: the state is replaced by a fresh one, so no field
    /// can be forgotten. Only the staff exit's count of wrong PINs and its lockout carry over
    /// (a wipe must not give a guesser fresh tries). The runtime stops any reading aloud and
    /// clears the terminal's screen and scrollback. A kiosk that `restartsAfterWipe` then ends
    /// the run with a `restartRequest`, so that the program starts afresh (`KioskRestart`),
    /// unless `restart` is false (staff leaving).
    mutating func wipe(_ update: inout WizardUpdate, screenCleared: Bool = false, restart: Bool = true) {
        var staff = kiosk.staff
        staff.close()
        self = .initial(update.configuration)
        kiosk.staff = staff
        update.effects += [.stopSpeaking, .clearTerminal]
        if restart, update.configuration.kiosk.kiosk, update.configuration.restartsAfterWipe {
            restartRequest = KioskRestart(lockout: staff.lockoutState, screenCleared: screenCleared)
            isRunning = false
        }
    }

    /// The quick-exit key: a wipe; outside kiosk mode the program then ends.
    mutating func quickExit(_ update: inout WizardUpdate) {
        wipe(&update)
        if !update.configuration.kiosk.kiosk { isRunning = false }
    }

    /// Closes whatever overlay is shown, back to the page under it.
    mutating func closeOverlay() {
        kiosk.overlay = nil
        kiosk.status = nil
        kiosk.savePath = nil
    }

    /// Opens the urgent screen over the current one.
    mutating func openUrgent() {
        reading = nil
        kiosk.overlay = .urgent
        kiosk.urgentOffset = 0
        kiosk.status = nil
        kiosk.savePath = nil
    }

    /// Keys on the urgent screen: arrows and pages scroll; anything else goes back.
    mutating func urgentAction(_ action: Action, _ update: inout WizardUpdate) {
        let page = max(layout.bodySize.height - 1, 1)
        switch action {
        case .up: kiosk.urgentOffset = max(kiosk.urgentOffset - 1, 0)
        case .down: kiosk.urgentOffset += 1
        case .pageUp: kiosk.urgentOffset = max(kiosk.urgentOffset - page, 0)
        case .pageDown: kiosk.urgentOffset += page
        case .quit: quit(&update)
        default: closeOverlay()
        }
    }

    mutating func receiveStaffKey(_ key: Key, at time: Duration, _ update: inout WizardUpdate) {
        let input: StaffExit.Input
        switch key {
        case .character(let character): input = .character(character)
        case .enter: input = .enter
        case .backspace, .delete: input = .backspace
        case .escape: input = .cancel
        case .function(10): input = .staffKey
        default: return
        }
        switch kiosk.staff.handle(input, at: time) {
        case .granted:
            wipe(&update, restart: false)
            isRunning = false
        case .rejected:
            kiosk.overlay = nil
            message = strings(.staffWrong)
        case .lockedOut:
            kiosk.overlay = nil
            message = strings(.staffLocked)
        case .promptClosed:
            kiosk.overlay = nil
        case .passThrough, .consumed, .promptOpened:
            break
        }
    }

    /// The read-aloud key: asks the runtime for the screen's lines (`.readScreen`: the frame
    /// the person sees, drawn again by the pure view), which come back as `.screenRead`. The
    /// update never draws.
    mutating func readAloud(_ update: inout WizardUpdate) {
        guard update.configuration.kiosk.readAloud else { return }
        update.effects.append(.readScreen)
    }

    /// Reads `lines`, the screen's text, aloud in the person's language, or says plainly that
    /// it cannot.
    mutating func readAloud(_ lines: [String], _ update: inout WizardUpdate) {
        let configuration = update.configuration
        guard configuration.kiosk.readAloud else { return }
        switch ReadAloudRequest(screenLines: lines, languageTag: strings.languageTag) {
        case .noVoice:
            showReadAloudResult(strings(.readAloudNoVoice))
        case .speak(let voice, let text):
            if configuration.services.speak == nil {
                showReadAloudResult(strings(.readAloudUnavailable))
            } else if let hasSound = configuration.services.hasSoundOutput, !hasSound() {
                showReadAloudResult(strings(.readAloudNoSound))
            } else {
                update.effects.append(.speak(text: text, voice: voice))
            }
        }
    }

    /// Shows what reading aloud did: on the page, or on the overlay when one is open.
    mutating func showReadAloudResult(_ result: String?) {
        if kiosk.overlay == nil { message = result } else { kiosk.status = result }
    }
}
