import AmparoCore

extension WizardView {
    /// Draws the idle countdown, the staff PIN prompt or the urgent screen over the body, and
    /// returns the urgent screen's scroll offset as drawn (0 for the others); nil when none is shown.
    static func drawKioskOverlay(_ state: WizardState, _ configuration: AppConfiguration, in body: Rect,
                                 on screen: inout Screen) -> Int? {
        let strings = state.strings
        let overlay: KioskOverlay? = state.kiosk.countdown == nil ? state.kiosk.overlay : nil
        guard state.kiosk.countdown != nil || overlay == .staffPrompt || overlay == .urgent else { return nil }
        for row in body.y..<(body.y + body.height) {
            screen.fill(row: row, from: body.x, count: body.width)
        }
        var document = Document(width: body.width)
        var offset = 0
        if let secondsLeft = state.kiosk.countdown {
            document.gap()
            document.paragraph(strings(.idleTitle), style: .urgent, fillsRow: true)
            document.gap()
            document.paragraph(strings(.idleCountdown, .number(secondsLeft)), style: .title)
            document.gap()
            document.paragraph(strings(.idleContinue))
        } else if overlay == .staffPrompt {
            let typed: Int
            if case .prompt(let length) = state.kiosk.staff.phase { typed = length } else { typed = 0 }
            document.gap()
            document.paragraph(strings(.staffPrompt) + " " + String(repeating: "*", count: typed), style: .title)
        } else {
            document = urgentDocument(state, configuration, width: body.width)
            offset = min(state.kiosk.urgentOffset,
                         ScrollView.maximumOffset(lineCount: document.lines.count, height: body.height))
        }
        ScrollView.draw(document.lines, offset: offset, in: body, on: &screen)
        return offset
    }

    /// The take-away screen, on the whole terminal: the QR code on the left, as large as the
    /// height allows, and the words and keys beside it (or a plain "too small" message).
    static func renderTakeAway(_ state: WizardState, _ configuration: AppConfiguration, width: Int,
                               height: Int) -> WizardFrame {
        let strings = state.strings
        var screen = Screen(width: width, height: height)
        let summary = state.takeAwaySummary()
        let textWidth = min(max(width / 3, 24), 40)
        var fit: (text: String, matrix: QRMatrix, content: TakeAwaySummary.QRContent)?
        if let encoder = configuration.services.qrEncoder {
            fit = TakeAwayQR.bestFit(summary, encoder: encoder, columns: width - textWidth - 2, rows: height)
        }
        var x = 1
        if let fit {
            let lines = QRHalfBlocks.lines(fit.matrix)
            let top = max((height - lines.count) / 2, 0)
            for (row, line) in lines.enumerated() {
                screen.put(line, x: 0, y: top + row, style: .code)
            }
            x = (lines.first.map { DisplayWidth.of($0) } ?? 0) + 2
        }
        var document = Document(width: max(width - x - 1, 1))
        document.paragraph(strings(.takeAwayTitle), style: .title)
        document.gap()
        document.paragraph(fit == nil ? strings(.takeAwayTooSmall) : strings(.takeAwayScan),
                           style: fit == nil ? .notice : .normal)
        if let content = fit?.content {
            // What the code really holds, so no one walks away thinking it holds more.
            document.paragraph(strings(.takeAwayHolds, .number(content.sayCount), .number(summary.sayLines.count),
                                       .number(content.hotlineCount), .number(summary.hotlines.count)))
            if content.sayCount < summary.sayLines.count || content.hotlineCount < summary.hotlines.count {
                document.paragraph(strings(.takeAwayHoldsPart), style: .notice)
            }
        }
        document.gap()
        let format = hintFormat(strings)
        func line(_ action: Action, _ label: InterfaceString? = nil) {
            guard let binding = ActionTable.binding(for: action), let footer = label ?? binding.footer else { return }
            document.paragraph(format(strings.key(binding.label), strings(footer)), style: .hint)
        }
        line(.print)
        if configuration.volunteerLanguage != nil, configuration.services.saveSummary != nil { line(.save) }
        line(.dismiss)
        line(.quickExit)
        if let path = state.kiosk.savePath {
            document.gap()
            document.paragraph(strings(.takeAwaySavePrompt), style: .title)
            document.paragraph(path + "_", style: .selected, fillsRow: true)
        }
        if let status = state.kiosk.status {
            document.gap()
            document.paragraph(status, style: .notice)
        }
        ScrollView.draw(document.lines, offset: 0, in: Rect(x: x, y: 1, width: max(width - x - 1, 1), height: height - 1),
                        on: &screen)
        return WizardFrame(screen: screen, layout: WizardLayout(bodySize: state.layout.bodySize, regions: [],
                                                                screenSize: (width, height)))
    }

    /// The urgent screen's body at `width`: the flow's urgent cards, or, before a flow is
    /// chosen (or when it has none), the built-in lines and every flow's urgent hotlines.
    static func urgentDocument(_ state: WizardState, _ configuration: AppConfiguration, width: Int) -> Document {
        let strings = state.strings
        let pages = WizardPages(state: state, configuration: configuration, strings: strings)
        if let flow = state.session?.flow {
            let cards = flow.cards.filter(\.urgent).map { strings.card($0, flow: flow) }
            if !cards.isEmpty {
                let page = OutcomePage(header: Header(title: strings(.urgentTitle)), heading: strings(.urgentTitle), cards: cards)
                return OutcomeView.document(for: page, labels: pages.cardLabels, width: width)
            }
        }
        var document = Document(width: width)
        document.paragraph(strings(.urgentTitle), style: .urgent, fillsRow: true)
        document.gap()
        for line in [strings(.urgentSilent), strings(.urgentDoor), strings(.urgentSign), strings(.urgentLawyer)] {
            document.paragraph(line, style: .say, prefix: "- ")
        }
        let hotlines = UrgentHotlines.collect(from: configuration.flows, strings: strings)
        if !hotlines.contacts.isEmpty {
            document.gap()
            document.paragraph(strings(.urgentCall), style: .title)
            if let fallback = hotlines.fallback {
                document.paragraph(strings.notice(for: fallback), style: .notice, indent: 2)
            }
            for contact in hotlines.contacts {
                document.paragraph(contact.phone + "  " + contact.name, indent: 2)
            }
        }
        document.gap()
        document.paragraph(strings(.cardSources), style: .dim)
        for source in UrgentHotlines.builtInSources {
            document.paragraph(source, style: .dim, indent: 2, prefix: "- ")
        }
        document.paragraph(strings.checked(UrgentHotlines.builtInChecked), style: .dim)
        return document
    }
}
