import AmparoCore

/// The pages of the wizard's state in one set of words: the person's, or the volunteer's for
/// the volunteer panel. Builds values only; drawing them is the views' business.
struct WizardPages {
    let state: WizardState
    let configuration: AppConfiguration
    /// The words to build in.
    let strings: Strings

    /// What the body shows.
    enum Content {
        case list(ListPage)
        case outcome(OutcomePage)
    }

    /// The header and body of the current page.
    func content() -> (Header, Content) {
        switch state.page {
        case .language:
            let list = languagePage()
            return (list.header, .list(list))
        case .flows:
            let list = flowPage()
            return (list.header, .list(list))
        case .step:
            guard let session = state.session, let step = session.currentStep else {
                let list = flowPage()
                return (list.header, .list(list))
            }
            if step.kind.isOutcome {
                let outcome = outcomePage(session, step)
                return (outcome.header, .outcome(outcome))
            }
            let list = stepPage(session, step)
            return (list.header, .list(list))
        }
    }

    /// The language picker as a list.
    func languagePage() -> ListPage {
        let choices = configuration.languages.map { language in
            ChoiceItem(label: language.endonym == language.englishName
                       ? language.endonym : language.endonym + " / " + language.englishName)
        }
        return ListPage(header: Header(title: strings(.appName)), notices: messageNotices(),
                        text: strings(.languagePickerTitle), detail: strings(.privacyPromise),
                        instruction: strings(.languagePickerHelp), choices: choices)
    }

    /// The flow picker as a list.
    func flowPage() -> ListPage {
        var fallbacks: [LocalizedText.Fallback] = []
        let menu = configuration.flowSource.menu
        let choices = menu.map { flow in
            let title = strings.text(flow.title)
            let summary = strings.text(flow.summary)
            fallbacks += [title.fallback, summary.fallback].compactMap { $0 }
            return ChoiceItem(label: title.text, detail: summary.text)
        }
        let text = configuration.flowSource.problemSoFar != nil ? strings(.contentError)
            : menu.isEmpty ? strings(.noFlows) : strings(.flowPickerTitle)
        return ListPage(header: Header(title: strings(.appName)),
                        notices: messageNotices() + fallbackNotices(fallbacks),
                        text: text, instruction: strings(.flowPickerHelp), choices: choices)
    }

    /// The current question or information screen as a list.
    func stepPage(_ session: Session, _ step: Step) -> ListPage {
        var fallbacks: [LocalizedText.Fallback] = []
        func word(_ text: AmparoCore.Text) -> String {
            let localized = strings.text(text)
            if let fallback = localized.fallback { fallbacks.append(fallback) }
            return localized.text
        }
        let flowTitle = word(session.flow.title)
        let text = word(step.text)
        let detail = step.detail.map(word)
        let isMultiple = state.stepChecksChoices
        var choices = step.options.map { option in
            ChoiceItem(label: word(option.label), checked: isMultiple ? state.checked.contains(option.id) : nil)
        }
        if let unsure = step.unsure {
            choices.append(ChoiceItem(label: unsure.label.map(word) ?? strings(.answerUnsure),
                                      checked: isMultiple ? state.checked.contains(UnsureOption.id) : nil))
        }
        var notices = messageNotices()
        if session.history.isEmpty, let notice = session.flow.notice { notices.append(word(notice)) }
        let instruction: String? = switch step.kind.behaviour {
        case .chooseOne: strings(.questionChooseOne)
        case .chooseMany: strings(.questionChooseMany)
        case .read, .showCards: nil
        }
        return ListPage(header: Header(title: flowTitle, progress: progressText(session, step)),
                        notices: fallbackNotices(fallbacks) + notices,
                        text: text, detail: detail, instruction: instruction, choices: choices,
                        continueLabel: state.stepEndsWithContinue ? strings(.continueAction) : nil)
    }

    /// The outcome: the cards, each whole in one language.
    func outcomePage(_ session: Session, _ step: Step) -> OutcomePage {
        var notices = messageNotices()
        let heading = strings.text(step.text)
        if let fallback = heading.fallback { notices.append(strings.notice(for: fallback)) }
        return strings.outcomePage(session.outcomeCards, flow: session.flow, heading: heading.text, notices: notices,
                                   site: configuration.site)
    }

    /// The labels a card needs.
    var cardLabels: CardLabels {
        CardLabels(say: strings(.cardSay), contested: strings(.cardContested),
                   contacts: strings(.cardContacts), sources: strings(.cardSources),
                   urgent: strings(.cardUrgent))
    }

    /// "Question 2 of about 5" on questions; nothing on other steps.
    func progressText(_ session: Session, _ step: Step) -> String? {
        guard step.kind.isQuestion else { return nil }
        let progress = session.progress
        return strings(.questionProgress, .number(progress.questionNumber),
                       .number(max(progress.estimatedTotal, progress.questionNumber)))
    }

    /// Why any text on the person's page is in English: missing or stale translations.
    func visibleFallbacks() -> Set<LocalizedText.Fallback> {
        guard state.page == .step, let session = state.session, let step = session.currentStep else { return [] }
        var texts = [session.flow.title, step.text] + [step.detail].compactMap { $0 } + step.options.map(\.label)
        if step.kind.isOutcome {
            let flow = session.flow
            texts += session.outcomeCards.flatMap { card in
                card.localizableTexts + flow.basis(of: card).sources.compactMap(\.contested)
            }
        }
        return Set(texts.compactMap { strings.text($0).fallback })
    }

    private func messageNotices() -> [String] {
        state.message.map { [$0] } ?? []
    }

    private func fallbackNotices(_ fallbacks: [LocalizedText.Fallback]) -> [String] {
        if fallbacks.contains(.stale) { return [strings.notice(for: .stale)] }
        if fallbacks.contains(.missing) { return [strings.notice(for: .missing)] }
        return []
    }
}
