import AmparoCore

extension App {
    /// Draws the idle countdown, the staff PIN prompt or the urgent screen over the body;
    /// false when none is shown.
    func drawKioskOverlay(in body: Rect, on screen: inout Screen) -> Bool {
        let overlay: KioskOverlay? = kiosk.countdown == nil ? kiosk.overlay : nil
        guard kiosk.countdown != nil || overlay == .staffPrompt || overlay == .urgent else { return false }
        for row in body.y..<(body.y + body.height) {
            screen.fill(row: row, from: body.x, count: body.width)
        }
        var document = Document(width: body.width)
        var offset = 0
        if let secondsLeft = kiosk.countdown {
            document.gap()
            document.paragraph(strings(.idleTitle), style: .urgent, fillsRow: true)
            document.gap()
            document.paragraph(strings(.idleCountdown, .number(secondsLeft)), style: .title)
            document.gap()
            document.paragraph(strings(.idleContinue))
        } else if overlay == .staffPrompt {
            let typed: Int
            if case .prompt(let length) = kiosk.staff.phase { typed = length } else { typed = 0 }
            document.gap()
            document.paragraph(strings(.staffPrompt) + " " + String(repeating: "*", count: typed), style: .title)
        } else {
            document = urgentDocument(width: body.width)
            kiosk.urgentOffset = min(kiosk.urgentOffset,
                                     ScrollView.maximumOffset(lineCount: document.lines.count, height: body.height))
            offset = kiosk.urgentOffset
        }
        ScrollView.draw(document.lines, offset: offset, in: body, on: &screen)
        return true
    }

    /// The footer while an overlay is shown; nil when none is.
    func kioskOverlayHints() -> [Hint]? {
        if kiosk.countdown != nil { return [] }
        switch kiosk.overlay {
        case .staffPrompt?:
            return [Hint(key: strings(.keyEscape), label: strings(.close), action: .dismiss, priority: 0)]
        case .urgent?:
            return [Hint(key: strings(.keyEscape), label: strings(.urgentBack), action: .dismiss, priority: 0),
                    Hint(key: "PgDn", label: strings(.scroll), action: .pageDown, priority: 2)]
                + quickExitHint(priority: 1) + readAloudHint()
        case .takeAway?, nil:
            return nil
        }
    }

    /// The urgent, quick-exit, take-away and read-aloud buttons added to every page's footer.
    func kioskHints() -> [Hint] {
        // Which of them stay on a narrow footer is `HintOrder`'s business (see `hints()`).
        var hints = [Hint(key: "a", label: strings(.urgentAction), action: .urgent, priority: 0)]
        if isAtOutcome {
            hints.append(Hint(key: "t", label: strings(.takeAwayAction), action: .takeAway, priority: 0))
        }
        return hints + quickExitHint(priority: 0) + readAloudHint()
    }

    private func quickExitHint(priority: Int) -> [Hint] {
        [Hint(key: "x", label: strings(.quickExit), action: .quickExit, priority: priority)]
    }

    private func readAloudHint() -> [Hint] {
        guard configuration.kiosk.readAloud else { return [] }
        // For someone who cannot read the screen, this key matters most after the urgent one.
        return [Hint(key: "s", label: strings(.readAloudAction), action: .readAloud, priority: 1)]
    }

    /// The take-away screen, on the whole terminal: the QR code on the left, as large as the
    /// height allows, and the words and keys beside it (or a plain "too small" message).
    func renderTakeAway(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        regions = []
        let summary = takeAwaySummary()
        let textWidth = min(max(width / 3, 24), 40)
        var fit: (text: String, matrix: QRMatrix)?
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
        document.gap()
        let format: (String, String) -> String = { [strings] key, label in
            strings(.keyHintFormat, .text(key), .text(label))
        }
        document.paragraph(format("p", strings(.takeAwayPrint)), style: .hint)
        if configuration.volunteerLanguage != nil, configuration.services.saveSummary != nil {
            document.paragraph(format("w", strings(.takeAwaySave)), style: .hint)
        }
        document.paragraph(format(strings(.keyEscape), strings(.close)), style: .hint)
        document.paragraph(format("x", strings(.quickExit)), style: .hint)
        if let path = kiosk.savePath {
            document.gap()
            document.paragraph(strings(.takeAwaySavePrompt), style: .title)
            document.paragraph(path + "_", style: .selected, fillsRow: true)
        }
        if let status = kiosk.status {
            document.gap()
            document.paragraph(status, style: .notice)
        }
        ScrollView.draw(document.lines, offset: 0, in: Rect(x: x, y: 1, width: max(width - x - 1, 1), height: height - 1),
                        on: &screen)
        return screen
    }
}
