import AmparoCore

extension PlainFront {
    /// Prints the current screen, then its prompt.
    mutating func show() {
        blank()
        if case .language = screen {} else { tellTranslationStatus() }
        switch screen {
        case .language:
            say(strings(.languagePickerTitle))
            for (number, language) in configuration.languages.enumerated() {
                let names = language.endonym == language.englishName
                    ? language.endonym : "\(language.endonym) (\(language.englishName))"
                say("\(number + 1). \(names)")
            }
        case .flowPicker:
            say(strings(.flowPickerTitle))
            for (number, flow) in configuration.flows.enumerated() {
                say("\(number + 1). \(strings.text(flow.title).text)")
                say(strings.text(flow.summary).text, indent: "   ")
            }
        case .walking(let session):
            showStep(session)
        }
        prompt()
    }

    /// Once per session, after the language is chosen: how its translation was made (for
    /// example machine-drafted and not yet checked by a legal translator; nothing for English),
    /// and, while no attorney review covers the content, that a lawyer has not checked it.
    mutating func tellTranslationStatus() {
        let tag = strings.languageTag
        guard statusToldFor != tag else { return }
        statusToldFor = tag
        if !reviewTold, let review = configuration.attorneyReviewNotice {
            reviewTold = true
            say(strings(review))
            blank()
        }
        guard let status = configuration.translationStatus(tag) else { return }
        say(strings(.translationStatusTitle))
        say(strings(status))
        blank()
    }

    /// The prompt line for the current screen: what to type, then the letters of the action
    /// table's plain-mode commands ("b: Back, r: Restart, q: Quit"), then the urgent key.
    func prompt() {
        switch screen {
        case .language: say(strings(.plainPromptLanguage))
        case .flowPicker: say(strings(.plainPromptFlow))
        case .walking(let session):
            switch session.currentStep?.kind.behaviour {
            case .chooseOne?: say(strings(.plainPrompt) + " " + commandHints())
            case .chooseMany?: say(strings(.plainPromptMultiple) + " " + commandHints())
            case .read?: say(strings(.plainPromptContinue) + " " + commandHints())
            case .showCards?, nil: say(commandHints())
            }
        }
        if case .language = screen { return }
        if let urgent = ActionTable.binding(for: .urgent), let letter = urgent.plainLetters.first, let label = urgent.footer {
            say(strings(.keyHintFormat, .text(letter), .text(strings(label))))
        }
    }

    /// "b: Back, r: Restart, q: Quit", from the action table.
    private func commandHints() -> String {
        ActionTable.standard.filter(\.inPlainPrompt).compactMap { binding in
            guard binding.isOffered(kiosk: false, readAloud: false),
                  let letter = binding.plainLetters.first, let label = binding.footer else { return nil }
            return strings(.keyHintFormat, .text(letter), .text(strings(label)))
        }.joined(separator: ", ")
    }

    private func showStep(_ session: Session) {
        guard let step = session.currentStep else { return }
        let flow = session.flow
        if session.history.isEmpty, let notice = flow.notice {
            say(localized(notice))
            blank()
        }
        if step.kind.isQuestion {
            let progress = session.progress
            say(strings(.questionProgress, .number(progress.questionNumber), .number(max(progress.estimatedTotal, 1))))
        }
        var texts = [step.text] + [step.detail].compactMap { $0 }
        if step.kind.isQuestion { texts += step.options.map(\.label) + [step.unsure?.label].compactMap { $0 } }
        if let fallback = texts.compactMap({ strings.text($0).fallback }).first { say(strings.notice(for: fallback)) }
        say(strings.text(step.text).text)
        if let detail = step.detail { say(strings.text(detail).text) }
        switch step.kind.behaviour {
        case .chooseOne, .chooseMany:
            for (number, id) in choices(of: step).enumerated() {
                say("\(number + 1). \(label(id, of: step))")
            }
        case .read:
            break
        case .showCards:
            showCards(session.outcomeCards, flow: flow)
            blank()
            say(strings(.outcomeEnd))
        }
    }

    /// A flow text in the person's language, with the fallback notice in front when English
    /// stands in for it.
    private func localized(_ text: AmparoCore.Text) -> String {
        let localized = strings.text(text)
        return localized.fallback.map { strings.notice(for: $0) + " " + localized.text } ?? localized.text
    }

    /// Writes text (wrapped to the width, if any), each line with `indent` in front.
    func say(_ text: String, indent: String = "") {
        for line in PlainText.lines(text, width: width, indent: indent) { output(line + "\n") }
    }

    /// An empty line between blocks.
    func blank() {
        output("\n")
    }
}
