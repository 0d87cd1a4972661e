import AmparoCore

extension App {
    /// Applies one action to the state.
    public func handle(_ action: Action) {
        if action == .resize { return }
        if helpVisible {
            switch action {
            case .up: helpOffset -= 1
            case .down: helpOffset += 1
            case .pageUp: helpOffset -= max(bodySize.height - 1, 1)
            case .pageDown: helpOffset += max(bodySize.height - 1, 1)
            default: helpVisible = false
            }
            helpOffset = max(helpOffset, 0)
            return
        }
        if action != .quit { message = nil }
        switch action {
        case .quit: if isKiosk { wipe() } else { quit() }
        case .help:
            helpVisible = true
            helpOffset = 0
        case .language: openLanguagePicker()
        case .back: goBack()
        case .dismiss: if page == .language, returnFromLanguage != nil { goBack() }
        case .restart: restart()
        case .click(let x, let y): click(x: x, y: y)
        case .up, .down, .pageUp, .pageDown, .first, .last: move(action)
        case .confirm: choose(states[page]?.selected ?? 0)
        case .pick(let number): pick(number)
        case .toggle: toggle(states[page]?.selected ?? 0)
        case .resize, .staff: break
        case .urgent: openUrgent()
        case .quickExit: quickExit()
        case .readAloud: readAloud()
        case .takeAway: openTakeAway()
        case .print, .save: break  // only on the take-away screen
        }
    }

    private var isOutcome: Bool {
        page == .step && session?.currentStep?.kind.isOutcome == true
    }

    /// How many items the current list has (choices plus a Continue button).
    private var itemCount: Int {
        switch page {
        case .language: return configuration.languages.count
        case .flows: return configuration.flows.count
        case .step:
            guard let step = session?.currentStep else { return 0 }
            switch step.kind {
            case .single: return step.options.count + (step.unsure == nil ? 0 : 1)
            case .multiple: return step.options.count + (step.unsure == nil ? 0 : 1) + 1
            case .info: return 1
            case .outcome: return 0
            }
        }
    }

    private func move(_ action: Action) {
        var state = states[page] ?? ListState()
        let page = max(bodySize.height - 1, 1)
        if isOutcome {
            switch action {
            case .up: state.offset -= 1
            case .down: state.offset += 1
            case .pageUp: state.offset -= page
            case .pageDown: state.offset += page
            case .first: state.offset = 0
            case .last: state.offset = Int.max / 2
            default: break
            }
            state.offset = max(state.offset, 0)
            states[.step] = state
            return
        }
        let last = max(itemCount - 1, 0)
        if !state.selectionVisible, action == .up || action == .down {
            state.revealSelection = true
            states[self.page] = state
            return
        }
        switch action {
        case .up:
            if state.selected > 0 { state.selected -= 1; state.revealSelection = true }
            else { state.offset = max(state.offset - 1, 0) }
        case .down:
            if state.selected < last { state.selected += 1; state.revealSelection = true }
            else { state.offset += 1 }
        case .pageUp:
            state.selected = max(state.selected - page / 2, 0)
            state.offset = max(state.offset - page, 0)
            state.revealSelection = true
        case .pageDown:
            state.selected = min(state.selected + page / 2, last)
            state.offset += page
            state.revealSelection = true
        case .first:
            // The top of the page (the question), with the first choice highlighted even when
            // it is below the window on a small screen.
            state = ListState(selected: 0, offset: 0)
            state.revealSelection = false
        case .last:
            state.selected = last
            state.offset = Int.max / 2
        default: break
        }
        states[self.page] = state
    }

    private func pick(_ number: Int) {
        guard !isOutcome else { return }
        let index = number - 1
        let choiceCount = page == .step && session?.currentStep?.kind.answerShape != .one ? itemCount - 1 : itemCount
        guard index >= 0, index < choiceCount else { return }
        states[page]?.selected = index
        states[page]?.revealSelection = true
        if page == .step, session?.currentStep?.kind.answerShape == .many {
            toggle(index)
        } else {
            choose(index)
        }
    }

    private func click(x: Int, y: Int) {
        guard let target = regions.target(atX: x, y: y) else { return }
        switch target {
        case .action(let action):
            handle(action)
        case .choice(let index):
            states[page]?.selected = index
            states[page]?.revealSelection = true
            if page == .step, session?.currentStep?.kind.answerShape == .many, index < itemCount - 1 {
                toggle(index)
            } else {
                choose(index)
            }
        }
    }

    /// Acts on item `index` of the current list.
    private func choose(_ index: Int) {
        switch page {
        case .language:
            guard configuration.languages.indices.contains(index) else { return }
            setLanguage(configuration.languages[index].tag)
            page = returnFromLanguage ?? .flows
            returnFromLanguage = nil
        case .flows:
            guard configuration.flows.indices.contains(index) else { return }
            start(configuration.flows[index])
        case .step:
            answer(index)
        }
    }

    private func answer(_ index: Int) {
        guard var session, let step = session.currentStep else { return }
        do {
            switch step.kind {
            case .single:
                if index < step.options.count {
                    try session.answer(.one(step.options[index].id))
                } else if step.unsure != nil {
                    try session.answer(.unsure)
                }
            case .multiple:
                if index < itemCount - 1 { toggle(index); return }
                if checked.isEmpty {
                    message = strings(.plainNoneChecked)
                    return
                }
                try session.answer(checked == [UnsureOption.id] ? .unsure : .many(checked))
            case .info:
                try session.advance()
            case .outcome:
                return
            }
        } catch {
            message = strings(.contentError)
            return
        }
        self.session = session
        enterStep()
    }

    /// Checks or unchecks option `index` of a multiple-choice question; "I don't know" stands alone.
    private func toggle(_ index: Int) {
        guard page == .step, let step = session?.currentStep, step.kind.answerShape == .many else { return }
        let id: String
        if index < step.options.count {
            id = step.options[index].id
            checked.remove(UnsureOption.id)
        } else if index == step.options.count, step.unsure != nil {
            id = UnsureOption.id
            if !checked.contains(id) { checked = [] }
        } else {
            answer(index)
            return
        }
        if checked.contains(id) { checked.remove(id) } else { checked.insert(id) }
    }

    private func goBack() {
        switch page {
        case .language:
            if let target = returnFromLanguage {
                page = target
                returnFromLanguage = nil
            }
        case .flows:
            if configuration.fixedLanguage == nil && configuration.languages.count > 1 { page = .language }
        case .step:
            guard var session else { return }
            let previous = session.history.last?.answer
            if session.back() {
                self.session = session
                enterStep(previous: previous)
            } else {
                self.session = nil
                page = .flows
            }
        }
    }

    private func openLanguagePicker() {
        guard page != .language, configuration.languages.count > 1 else { return }
        returnFromLanguage = page
        let current = configuration.languages.firstIndex { $0.tag == strings.languageTag } ?? 0
        states[.language] = ListState(selected: current)
        page = .language
    }

    private func restart() {
        guard page == .step, var session else { return }
        session.restart()
        self.session = session
        enterStep()
    }
}
