import AmparoCore

extension WizardState {
    /// How many items the current list has (choices, plus a Continue button).
    func itemCount(_ configuration: AppConfiguration) -> Int {
        switch page {
        case .language: return configuration.languages.count
        case .flows: return configuration.flowSource.menu.count
        case .step:
            guard let step = session?.currentStep else { return 0 }
            let choices = step.options.count + (step.unsure == nil ? 0 : 1)
            switch step.kind.behaviour {
            case .chooseOne: return choices
            case .chooseMany: return choices + 1
            case .read: return 1
            case .showCards: return 0
            }
        }
    }

    mutating func move(_ action: Action, _ configuration: AppConfiguration) {
        var state = lists[page] ?? ListState()
        let pageHeight = max(layout.bodySize.height - 1, 1)
        if isAtOutcome {
            switch action {
            case .up: state.offset -= 1
            case .down: state.offset += 1
            case .pageUp: state.offset -= pageHeight
            case .pageDown: state.offset += pageHeight
            case .first: state.offset = 0
            case .last: state.offset = Int.max / 2
            default: break
            }
            state.offset = max(state.offset, 0)
            lists[.step] = state
            return
        }
        let last = max(itemCount(configuration) - 1, 0)
        if !state.selectionVisible, action == .up || action == .down {
            state.revealSelection = true
            lists[page] = state
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
            state.selected = max(state.selected - pageHeight / 2, 0)
            state.offset = max(state.offset - pageHeight, 0)
            state.revealSelection = true
        case .pageDown:
            state.selected = min(state.selected + pageHeight / 2, last)
            state.offset += pageHeight
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
        lists[page] = state
    }

    /// Whether the current step's choices are checked and unchecked, then confirmed with
    /// Continue (a multiple-choice question), rather than chosen at once.
    var stepChecksChoices: Bool {
        switch session?.currentStep?.kind.behaviour {
        case .chooseMany?: true
        case .chooseOne?, .read?, .showCards?, nil: false
        }
    }

    /// Whether the current step's list ends with a Continue item that is not a choice
    /// (`WizardPages.stepPage`'s `continueLabel`).
    var stepEndsWithContinue: Bool {
        switch session?.currentStep?.kind.behaviour {
        case .chooseMany?, .read?, .showCards?: true
        case .chooseOne?, nil: false
        }
    }

    mutating func pick(_ number: Int, _ update: inout WizardUpdate) {
        guard !isAtOutcome else { return }
        let count = itemCount(update.configuration)
        let index = number - 1
        let choiceCount = page == .step && stepEndsWithContinue ? count - 1 : count
        guard index >= 0, index < choiceCount else { return }
        lists[page]?.selected = index
        lists[page]?.revealSelection = true
        if page == .step, stepChecksChoices {
            toggle(index, &update)
        } else {
            choose(index, &update)
        }
    }

    mutating func click(x: Int, y: Int, _ update: inout WizardUpdate) {
        guard let target = layout.regions.target(atX: x, y: y) else { return }
        switch target {
        case .action(let action):
            handle(action, &update)
        case .choice(let index):
            lists[page]?.selected = index
            lists[page]?.revealSelection = true
            if page == .step, stepChecksChoices, index < itemCount(update.configuration) - 1 {
                toggle(index, &update)
            } else {
                choose(index, &update)
            }
        }
    }

    /// Acts on item `index` of the current list.
    mutating func choose(_ index: Int, _ update: inout WizardUpdate) {
        let configuration = update.configuration
        switch page {
        case .language:
            guard configuration.languages.indices.contains(index) else { return }
            setLanguage(configuration.languages[index].tag, configuration)
            page = returnFromLanguage ?? .flows
            returnFromLanguage = nil
        case .flows:
            guard configuration.flows.indices.contains(index) else { return }
            start(configuration.flows[index])
        case .step:
            answer(index, &update)
        }
    }

    mutating func answer(_ index: Int, _ update: inout WizardUpdate) {
        guard var session, let step = session.currentStep else { return }
        do {
            switch step.kind.behaviour {
            case .chooseOne:
                if index < step.options.count {
                    try session.answer(.one(step.options[index].id))
                } else if step.unsure != nil {
                    try session.answer(.unsure)
                }
            case .chooseMany:
                // Enter checks the highlighted answer, and on one already checked (a digit, then
                // Enter) goes on, as Continue does: it never unchecks.
                if index < itemCount(update.configuration) - 1, !checked.contains(choiceID(index, of: step) ?? "") {
                    toggle(index, &update)
                    return
                }
                if checked.isEmpty {
                    message = strings(.plainNoneChecked)
                    return
                }
                try session.answer(checked == [UnsureOption.id] ? .unsure : .many(checked))
            case .read:
                try session.advance()
            case .showCards:
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
    mutating func toggle(_ index: Int, _ update: inout WizardUpdate) {
        guard page == .step, stepChecksChoices, let step = session?.currentStep else { return }
        let id: String
        if index < step.options.count {
            id = step.options[index].id
            checked.remove(UnsureOption.id)
        } else if index == step.options.count, step.unsure != nil {
            id = UnsureOption.id
            if !checked.contains(id) {
                if !checked.isEmpty { message = strings(.unsureClearsOthers) }
                checked = []
            }
        } else {
            answer(index, &update)
            return
        }
        if checked.contains(id) { checked.remove(id) } else { checked.insert(id) }
    }

    /// The id of choice `index` of a multiple-choice step (an option, or "I don't know").
    func choiceID(_ index: Int, of step: Step) -> String? {
        if index < step.options.count { return step.options[index].id }
        return index == step.options.count && step.unsure != nil ? UnsureOption.id : nil
    }

    /// Starts `flow` from its first step.
    mutating func start(_ flow: Flow) {
        session = Session(flow: flow)
        enterStep()
        page = .step
    }

    /// Resets the highlight for a newly shown step, preselecting `previous` when going back.
    mutating func enterStep(previous: Answer? = nil) {
        var state = ListState()
        checked = []
        if let previous, let step = session?.currentStep {
            switch previous {
            case .one(let id):
                state.selected = step.options.firstIndex { $0.id == id } ?? 0
            case .unsure:
                state.selected = step.options.count
                if stepChecksChoices { checked = [UnsureOption.id] }
            case .many(let ids):
                checked = ids
            }
        }
        lists[.step] = state
    }

    mutating func goBack(_ configuration: AppConfiguration) {
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

    /// Switches the words to `tag`; answers and position are kept.
    mutating func setLanguage(_ tag: String, _ configuration: AppConfiguration) {
        strings = configuration.strings(tag)
        announceTranslationStatus(tag, configuration)
    }

    mutating func openLanguagePicker(_ configuration: AppConfiguration) {
        guard page != .language, configuration.languages.count > 1 else { return }
        returnFromLanguage = page
        let current = configuration.languages.firstIndex { $0.tag == strings.languageTag } ?? 0
        lists[.language] = ListState(selected: current)
        page = .language
    }

    mutating func restart() {
        guard page == .step, var session else { return }
        session.restart()
        self.session = session
        enterStep()
    }
}
