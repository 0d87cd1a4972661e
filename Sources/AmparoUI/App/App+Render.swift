import AmparoCore

extension App {
    /// Lays the current state out on a `width` x `height` screen and remembers
    /// what is clickable where.
    public func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        regions = []
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            EnlargeView.draw(message: strings(.enlargeWindow),
                             detail: strings(.enlargeWindowDetail, .number(Self.minimumWidth),
                                             .number(Self.minimumHeight)),
                             on: &screen)
            return screen
        }
        let format: (String, String) -> String = { [strings] key, label in
            strings(.keyHintFormat, .text(key), .text(label))
        }
        if kiosk.countdown == nil, kiosk.overlay == .takeAway {
            return renderTakeAway(width: width, height: height)
        }
        let (header, content) = currentContent()
        let (fullBody, footerRegions) = FrameView.draw(header: header, hints: hints(), hintFormat: format, on: &screen)
        let (body, volunteerPanel) = volunteerSplit(fullBody, on: &screen)
        if body.width != bodySize.width || body.height != bodySize.height {
            states[page]?.revealSelection = true
        }
        bodySize = (body.width, body.height)
        regions = footerRegions
        if drawKioskOverlay(in: fullBody, on: &screen) { return screen }
        if helpVisible {
            drawHelp(in: fullBody, on: &screen)
            return screen
        }
        switch content {
        case .list(let list):
            var state = states[page] ?? ListState()
            let document = ListView.document(for: list, selected: state.selected, width: body.width,
                                             height: body.height)
            if state.revealSelection {
                state.offset = ListView.offset(for: document, selected: state.selected,
                                               from: state.offset, height: body.height)
                state.revealSelection = false
            }
            state.offset = min(max(state.offset, 0),
                               ScrollView.maximumOffset(lineCount: document.lines.count, height: body.height))
            state.selectionVisible = ListView.isVisible(document, selected: state.selected, offset: state.offset,
                                                        height: body.height)
            states[page] = state
            regions += ScrollView.draw(document.lines, offset: state.offset, in: body, on: &screen)
        case .outcome(let outcome):
            var state = states[.step] ?? ListState()
            let document = OutcomeView.document(for: outcome, labels: cardLabels, width: body.width)
            state.offset = min(max(state.offset, 0),
                               ScrollView.maximumOffset(lineCount: document.lines.count, height: body.height))
            state.revealSelection = false
            states[.step] = state
            ScrollView.draw(document.lines, offset: state.offset, in: body, on: &screen)
        }
        if let volunteerPanel { drawVolunteerPanel(in: volunteerPanel, on: &screen) }
        return screen
    }

    /// What the body shows.
    enum Content {
        case list(ListPage)
        case outcome(OutcomePage)
    }

    /// The header and body of the current page.
    func currentContent() -> (Header, Content) {
        switch page {
        case .language:
            let list = languagePage()
            return (list.header, .list(list))
        case .flows:
            let list = flowPage()
            return (list.header, .list(list))
        case .step:
            guard let session, let step = session.currentStep else {
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

    private func drawHelp(in body: Rect, on screen: inout Screen) {
        let entries: [HelpView.Entry] = [
            .init(key: strings(.keyArrows), text: strings(.helpMove)),
            .init(key: strings(.keyEnter) + ", 1-9", text: strings(.helpSelect)),
            .init(key: strings(.keySpace), text: strings(.helpToggle)),
            .init(key: "b", text: strings(.helpBack)),
            .init(key: "r", text: strings(.helpRestart)),
            .init(key: "l", text: strings(.helpLanguage)),
            .init(key: "PgUp PgDn", text: strings(.helpScroll)),
            .init(key: "a, !", text: strings(.helpUrgent)),
            .init(key: "x", text: strings(.helpQuickExit)),
            .init(key: "q", text: strings(isKiosk ? .finishAction : .helpQuit)),
        ]
        HelpView.draw(title: strings(.helpTitle), intro: strings(.helpIntro), entries: entries,
                      closing: strings(.helpPrivacy) + "\n" + strings(.helpClose), offset: &helpOffset,
                      in: body, on: &screen)
    }
}
