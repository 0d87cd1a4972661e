import AmparoCore

extension App {
    /// The narrowest body that shows the two languages side by side; narrower, they are stacked.
    static let sideBySideWidth = 100

    /// Splits the body for the volunteer view: the person's side (where the choices are) and the
    /// volunteer's, side by side on a wide screen and stacked on a narrow one, with a rule between.
    /// Outside volunteer mode, and on the language picker, the body is not split.
    func volunteerSplit(_ body: Rect, on screen: inout Screen) -> (person: Rect, volunteer: Rect?) {
        guard configuration.volunteerLanguage != nil, page != .language else { return (body, nil) }
        if body.width >= Self.sideBySideWidth {
            let personWidth = (body.width - 3) / 2
            let ruleX = body.x + personWidth + 1
            for row in body.y..<(body.y + body.height) { screen.put("│", x: ruleX, y: row, style: .dim) }
            return (Rect(x: body.x, y: body.y, width: personWidth, height: body.height),
                    Rect(x: ruleX + 2, y: body.y, width: body.x + body.width - ruleX - 2, height: body.height))
        }
        guard body.height >= 8 else { return (body, nil) }
        let personHeight = (body.height - 1) / 2
        let ruleY = body.y + personHeight
        screen.put(String(repeating: "─", count: body.width), x: body.x, y: ruleY, style: .dim)
        return (Rect(x: body.x, y: body.y, width: body.width, height: personHeight),
                Rect(x: body.x, y: ruleY + 1, width: body.width, height: body.y + body.height - ruleY - 1))
    }

    /// The volunteer's side: "Volunteer view", notes about the person's translation, the step's
    /// volunteer note, then the same page in the volunteer's language, following the highlight.
    func drawVolunteerPanel(in rect: Rect, on screen: inout Screen) {
        guard let tag = configuration.volunteerLanguage else { return }
        let volunteer = configuration.strings(tag)
        let personStrings = strings
        let personFallbacks = visibleFallbacks()
        strings = volunteer
        let (_, content) = currentContent()
        strings = personStrings

        var top = Document(width: rect.width)
        let name = configuration.languages.first { $0.tag == tag }?.endonym ?? tag
        top.paragraph(volunteer(.volunteerView) + " (" + name + ")", style: .header, fillsRow: true)
        if page == .step, let note = session?.currentStep?.volunteerNote {
            top.paragraph(volunteer(.volunteerNote) + ": " + volunteer.text(note).text, style: .say)
        }
        if personStrings.languageTag != tag {
            if let status = configuration.translationStatus(personStrings.languageTag) {
                top.paragraph(volunteer(status), style: .notice)
            }
            if personFallbacks.contains(.stale) { top.paragraph(volunteer(.volunteerStale), style: .notice) }
            if personFallbacks.contains(.missing) { top.paragraph(volunteer(.noticeMissing), style: .notice) }
        }
        top.gap()
        let selected = states[page]?.selected ?? 0
        let body: Document
        switch content {
        case .list(let list): body = ListView.document(for: list, selected: selected, width: rect.width, compact: true)
        case .outcome(let outcome): body = OutcomeView.document(for: outcome, labels: cardLabels(volunteer), width: rect.width)
        }
        // The heading and notes stay put; the page under them follows the person's highlight.
        let pinned = Array(top.lines.prefix(max(rect.height - 3, 1)))
        let below = Rect(x: rect.x, y: rect.y + pinned.count, width: rect.width, height: rect.height - pinned.count)
        let lines = body.lines.map { BodyLine(text: $0.text, style: $0.style, indent: $0.indent) }
        var offset = states[page]?.offset ?? 0
        if case .list = content, let line = body.firstLine(of: .choice(selected)) {
            let last = body.lastLine(of: .choice(selected)) ?? line
            offset = ScrollView.offset(showing: line, last, from: 0, height: below.height, lineCount: lines.count)
        }
        for row in rect.y..<(rect.y + rect.height) { screen.fill(row: row, from: rect.x, count: rect.width) }
        ScrollView.draw(pinned, offset: 0, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: pinned.count),
                        on: &screen)
        ScrollView.draw(lines, offset: offset, in: below, on: &screen)
    }

    /// The labels of a card in `words`' language.
    private func cardLabels(_ words: Strings) -> CardLabels {
        CardLabels(say: words(.cardSay), contested: words(.cardContested), contacts: words(.cardContacts),
                   sources: words(.cardSources), urgent: words(.cardUrgent))
    }

    /// Why any text on the person's page is in English: missing or stale translations.
    func visibleFallbacks() -> Set<LocalizedText.Fallback> {
        guard page == .step, let session, let step = session.currentStep else { return [] }
        var texts = [session.flow.title, step.text] + [step.detail].compactMap { $0 } + step.options.map(\.label)
        if step.kind.isOutcome {
            let flow = session.flow
            texts += session.outcomeCards.flatMap { card in
                CardText.texts(of: card) + card.cite.compactMap { flow.source($0.id)?.contested }
            }
        }
        return Set(texts.compactMap { strings.text($0).fallback })
    }
}
