import AmparoCore

extension App {
    /// Whether this run is a walk-up kiosk.
    public var isKiosk: Bool { configuration.kiosk.kiosk }

    /// The overlay shown over the page, if any.
    public var overlay: KioskOverlay? { kiosk.overlay }

    /// The seconds left on the idle countdown, while it shows.
    public var countdownSecondsLeft: Int? { kiosk.countdown }

    private var now: Duration { configuration.services.clock.now() }

    /// Takes one key: the idle countdown, the staff PIN prompt and the volunteer's file-name
    /// prompt see keys first; then the key table turns the key into an action. The urgent and
    /// quick-exit keys work on every screen.
    public func receive(_ key: Key) {
        if key == .endOfInput {
            quit()
            return
        }
        if key == .resize {
            handle(.resize)
            return
        }
        let time = now
        if isKiosk {
            let dismissed = kiosk.idle.noteInput(at: time)
            if dismissed || kiosk.countdown != nil {
                kiosk.countdown = nil
                return
            }
            if case .prompt = kiosk.staff.phase {
                receiveStaffKey(key, at: time)
                return
            }
        }
        if kiosk.savePath != nil {
            receiveSavePathKey(key)
            return
        }
        guard let action = configuration.keyMap.action(for: key) else {
            _ = kiosk.staff.handle(.cancel, at: time)
            return
        }
        if isKiosk {
            let outcome = kiosk.staff.handle(action == .staff ? .staffKey : .cancel, at: time)
            if outcome == .promptOpened { kiosk.overlay = .staffPrompt }
        }
        switch action {
        case .staff: return
        case .quickExit: quickExit()
        case .urgent: kiosk.overlay == .urgent ? closeOverlay() : openUrgent()
        case .readAloud: readAloud()
        default:
            switch kiosk.overlay {
            case .urgent?: urgentAction(action)
            case .takeAway?: takeAwayAction(action)
            case .staffPrompt?, nil: handle(action)
            }
        }
    }

    /// How long the run loop may wait for a key before the kiosk's timers need it (nil: no
    /// limit, outside kiosk mode or with nothing to time).
    func kioskWaitMilliseconds() -> Int? {
        guard isKiosk else { return nil }
        let time = now
        var waits: [Duration] = []
        if let idle = kiosk.idle.timeUntilNextChange(at: time) { waits.append(idle) }
        if case .prompt = kiosk.staff.phase { waits.append(.seconds(1)) }
        guard let wait = waits.min() else { return nil }
        let (seconds, attoseconds) = wait.components
        return max(Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000), 10)
    }

    /// Moves the kiosk's timers on: closes a forgotten PIN prompt, shows the countdown, and
    /// wipes when it runs out.
    func tickKiosk() {
        guard isKiosk else { return }
        let time = now
        if kiosk.staff.closeIfTimedOut(at: time), kiosk.overlay == .staffPrompt { kiosk.overlay = nil }
        switch kiosk.idle.phase(at: time) {
        case .active: kiosk.countdown = nil
        case .countdown(let secondsLeft): kiosk.countdown = secondsLeft
        case .expired:
            wipe()
            message = strings(.screenCleared)
        }
    }

    /// Drops everything the person did from memory (answers, history, language choice,
    /// overlays, anything typed) and asks the run loop to clear the screen and scrollback.
    /// The app is back on its neutral first screen.
    func wipe() {
        configuration.services.stopSpeaking?()
        session = nil
        checked = []
        message = nil
        announcedStatus = []
        announcedReview = false
        returnFromLanguage = nil
        helpVisible = false
        helpOffset = 0
        let tag = configuration.fixedLanguage ?? configuration.preselectedLanguage ?? "en"
        strings = configuration.strings(tag)
        page = configuration.fixedLanguage == nil && configuration.languages.count > 1 ? .language : .flows
        let preselected = configuration.languages.firstIndex { $0.tag == tag } ?? 0
        states = [.language: ListState(selected: preselected), .flows: ListState(), .step: ListState()]
        kiosk.overlay = nil
        kiosk.countdown = nil
        kiosk.urgentOffset = 0
        kiosk.status = nil
        kiosk.savePath = nil
        kiosk.staff.close()
        kiosk.idle.disarm()
        kiosk.terminalWipePending = true
    }

    /// The quick-exit key: a wipe; outside kiosk mode the program then ends.
    func quickExit() {
        wipe()
        if !isKiosk { quit() }
    }

    /// Closes whatever overlay is shown, back to the page under it.
    func closeOverlay() {
        kiosk.overlay = nil
        kiosk.status = nil
        kiosk.savePath = nil
    }

    private func receiveStaffKey(_ key: Key, at time: Duration) {
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
            wipe()
            quit()
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

    /// Reads the screen aloud in the person's language, or says plainly that it cannot.
    func readAloud() {
        guard configuration.kiosk.readAloud else { return }
        let lines = render(width: kiosk.lastSize.width, height: kiosk.lastSize.height).text().dropLast()
        let result: String?
        switch ReadAloudRequest(screenLines: Array(lines), languageTag: strings.languageTag) {
        case .noVoice:
            result = strings(.readAloudNoVoice)
        case .speak(let voice, let text):
            let started = configuration.services.speak?(text, voice) ?? false
            result = started ? nil : strings(.readAloudUnavailable)
        }
        if kiosk.overlay == nil { message = result } else { kiosk.status = result }
    }
}
