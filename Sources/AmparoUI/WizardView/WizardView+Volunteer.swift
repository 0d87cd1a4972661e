import AmparoCore

extension WizardView {
    /// The narrowest body that shows the two languages side by side; narrower, they are stacked.
    static let sideBySideWidth = 100

    /// Splits the body for the volunteer view: the person's side (where the choices are) and the
    /// volunteer's, side by side on a wide screen and stacked on a narrow one, with a rule between.
    /// Outside volunteer mode, and on the language picker, the body is not split.
    static func volunteerSplit(_ state: WizardState, _ configuration: AppConfiguration, _ body: Rect,
                               on screen: inout Screen) -> (person: Rect, volunteer: Rect?) {
        guard configuration.volunteerLanguage != nil, state.page != .language else { return (body, nil) }
        if body.width >= sideBySideWidth {
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
    /// volunteer note, then the same page in the volunteer's own words (passed in, never
    /// swapped into the state), following the person's highlight and scroll.
    static func drawVolunteerPanel(_ state: WizardState, _ configuration: AppConfiguration, scroll: ListState,
                                   in rect: Rect, on screen: inout Screen) {
        guard let tag = configuration.volunteerLanguage else { return }
        let volunteer = configuration.strings(tag)
        let person = WizardPages(state: state, configuration: configuration, strings: state.strings)
        let pages = WizardPages(state: state, configuration: configuration, strings: volunteer)
        let (_, content) = pages.content()

        var top = Document(width: rect.width)
        let name = configuration.languages.first { $0.tag == tag }?.endonym ?? tag
        top.paragraph(volunteer(.volunteerView) + " (" + name + ")", style: .header, fillsRow: true)
        if state.page == .step, let note = state.session?.currentStep?.volunteerNote {
            top.paragraph(volunteer(.volunteerNote) + ": " + volunteer.text(note).text, style: .say)
        }
        if let review = configuration.attorneyReviewNotice { top.paragraph(volunteer(review), style: .notice) }
        let personTag = state.strings.languageTag
        if personTag != tag {
            if let status = configuration.translationStatus(personTag) {
                top.paragraph(volunteer(status), style: .notice)
            }
            let fallbacks = person.visibleFallbacks()
            if fallbacks.contains(.stale) { top.paragraph(volunteer(.volunteerStale), style: .notice) }
            if fallbacks.contains(.missing) { top.paragraph(volunteer(.noticeMissing), style: .notice) }
        }
        top.gap()
        let body: Document
        switch content {
        case .list(let list): body = ListView.document(for: list, selected: scroll.selected, width: rect.width, compact: true)
        case .outcome(let outcome): body = OutcomeView.document(for: outcome, labels: pages.cardLabels, width: rect.width)
        }
        // The heading and notes stay put; the page under them follows the person's highlight.
        let pinned = Array(top.lines.prefix(max(rect.height - 3, 1)))
        let below = Rect(x: rect.x, y: rect.y + pinned.count, width: rect.width, height: rect.height - pinned.count)
        let lines = body.lines.map { BodyLine(text: $0.text, style: $0.style, indent: $0.indent) }
        var offset = scroll.offset
        if case .list = content, let line = body.firstLine(of: .choice(scroll.selected)) {
            let last = body.lastLine(of: .choice(scroll.selected)) ?? line
            offset = ScrollView.offset(showing: line, last, from: 0, height: below.height, lineCount: lines.count)
        }
        for row in rect.y..<(rect.y + rect.height) { screen.fill(row: row, from: rect.x, count: rect.width) }
        ScrollView.draw(pinned, offset: 0, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: pinned.count),
                        on: &screen)
        ScrollView.draw(lines, offset: offset, in: below, on: &screen)
    }
}
