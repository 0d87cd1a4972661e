import AmparoCore

/// Draws the wizard's state on a screen of a given size: a pure function of the state and the
/// configuration. It never changes the state; what it measures (the body's size, the click
/// regions, scroll offsets settled to the text) comes back in the frame.
public enum WizardView {
    /// The smallest usable screen.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    /// The frame for `state` on a `width` x `height` screen.
    public static func render(_ state: WizardState, _ configuration: AppConfiguration, width: Int, height: Int) -> WizardFrame {
        let strings = state.strings
        var screen = Screen(width: width, height: height)
        var frame = WizardFrame(screen: screen, layout: WizardLayout(bodySize: state.layout.bodySize, regions: [],
                                                                     screenSize: (width, height)))
        guard width >= minimumWidth, height >= minimumHeight else {
            EnlargeView.draw(message: strings(.enlargeWindow),
                             detail: strings(.enlargeWindowDetail, .number(minimumWidth), .number(minimumHeight)),
                             on: &screen)
            frame.screen = screen
            return frame
        }
        if state.kiosk.countdown == nil, state.kiosk.overlay == .takeAway {
            return renderTakeAway(state, configuration, width: width, height: height)
        }
        let pages = WizardPages(state: state, configuration: configuration, strings: strings)
        let (pageHeader, content) = pages.content()
        // "Are you still there?" shows no topic: a passer-by must not learn what was asked.
        let header = state.kiosk.countdown == nil ? pageHeader : Header(title: "Amparo")
        let (fullBody, footerRegions) = FrameView.draw(header: header, hints: hints(state, configuration),
                                                       hintFormat: hintFormat(strings), on: &screen)
        let (body, volunteerPanel) = volunteerSplit(state, configuration, fullBody, on: &screen)
        frame.layout.bodySize = (body.width, body.height)
        frame.layout.regions = footerRegions
        if let offset = drawKioskOverlay(state, configuration, in: fullBody, on: &screen) {
            frame.urgentOffset = offset
            frame.screen = screen
            return frame
        }
        if state.helpVisible {
            frame.helpOffset = drawHelp(state, configuration, in: fullBody, on: &screen)
            frame.screen = screen
            return frame
        }
        if state.reading == .sources, case .outcome(let outcome) = content {
            let document = SourcesView.document(title: strings(.sourcesTitle), cards: outcome.cards,
                                                labels: pages.cardLabels, closing: strings.helpClosing,
                                                width: fullBody.width)
            let offset = min(state.helpOffset, ScrollView.maximumOffset(lineCount: document.lines.count,
                                                                      height: fullBody.height))
            ScrollView.draw(document.lines, offset: offset, in: fullBody, on: &screen)
            frame.helpOffset = offset
            frame.screen = screen
            return frame
        }
        let resized = body.width != state.layout.bodySize.width || body.height != state.layout.bodySize.height
        switch content {
        case .list(let list):
            var listState = state.lists[state.page] ?? ListState()
            // A question that does not fit with its answers stays pinned at the top; its
            // explanation and the answers scroll under it, with the scroll marks saying more.
            let (area, shown) = pinQuestion(list, state: state, selected: listState.selected, in: body, on: &screen)
            let document = ListView.document(for: shown, selected: listState.selected, width: area.width, height: area.height)
            if listState.revealSelection || resized {
                listState.offset = ListView.offset(for: document, selected: listState.selected,
                                                   from: listState.offset, height: area.height)
                listState.revealSelection = false
            }
            listState.offset = min(max(listState.offset, 0),
                                   ScrollView.maximumOffset(lineCount: document.lines.count, height: area.height))
            listState.selectionVisible = ListView.isVisible(document, selected: listState.selected,
                                                            offset: listState.offset, height: area.height)
            frame.list = (state.page, listState)
            frame.layout.regions += ScrollView.draw(document.lines, offset: listState.offset, in: area, on: &screen)
        case .outcome(let outcome):
            var listState = state.lists[.step] ?? ListState()
            let document = OutcomeView.document(for: outcome, labels: pages.cardLabels, width: body.width)
            listState.offset = min(max(listState.offset, 0),
                                   ScrollView.maximumOffset(lineCount: document.lines.count, height: body.height))
            listState.revealSelection = false
            frame.list = (.step, listState)
            ScrollView.draw(document.lines, offset: listState.offset, in: body, on: &screen)
        }
        if let volunteerPanel {
            drawVolunteerPanel(state, configuration, scroll: frame.list?.state ?? ListState(), in: volunteerPanel, on: &screen)
        }
        frame.screen = screen
        return frame
    }

    /// "key: label" in the person's language.
    static func hintFormat(_ strings: Strings) -> (String, String) -> String {
        { key, label in strings(.keyHintFormat, .text(key), .text(label)) }
    }

    /// The help over the body, built from the action table; returns its offset, clamped.
    /// On a question page whose question and answers do not fit `body` together, draws the
    /// question at the top of `body` and returns the rest of it with the page left to scroll
    /// there (the question taken out); otherwise `body` and the page unchanged. A question
    /// longer than half the body is not pinned: it scrolls like the rest.
    private static func pinQuestion(_ list: ListPage, state: WizardState, selected: Int, in body: Rect,
                                    on screen: inout Screen) -> (Rect, ListPage) {
        guard state.page == .step, !list.text.isEmpty else { return (body, list) }
        let full = ListView.document(for: list, selected: selected, width: body.width, height: body.height)
        let first = full.anchor ?? 0
        let last = full.lines.lastIndex { $0.target != nil } ?? 0
        var question = Document(width: body.width)
        question.paragraph(list.text, style: .title)
        let rows = question.lines.count
        guard last - first >= body.height, rows <= body.height / 2 else { return (body, list) }
        ScrollView.draw(question.lines, offset: 0, in: Rect(x: body.x, y: body.y, width: body.width, height: rows), on: &screen)
        var rest = list
        rest.text = ""
        return (Rect(x: body.x, y: body.y + rows, width: body.width, height: body.height - rows), rest)
    }

    private static func drawHelp(_ state: WizardState, _ configuration: AppConfiguration, in body: Rect,
                                 on screen: inout Screen) -> Int {
        let strings = state.strings
        let kiosk = configuration.kiosk.kiosk
        let entries: [HelpView.Entry] = ActionTable.standard.compactMap { binding in
            guard let help = binding.help,
                  binding.isOffered(kiosk: kiosk, readAloud: configuration.kiosk.readAloud) else { return nil }
            let keys = (binding.helpKeys ?? [binding.label]).map { strings.key($0) }.joined(separator: ", ")
            return HelpView.Entry(key: keys, text: strings(kiosk ? binding.kioskHelp ?? help : help))
        }
        var offset = state.helpOffset
        HelpView.draw(title: strings(.helpTitle), intro: strings(.helpIntro), entries: entries,
                      closing: strings(.helpPrivacy) + "\n" + strings.helpClosing, offset: &offset,
                      in: body, on: &screen)
        return offset
    }
}
