extension Flow {
    /// Every user-visible, translatable string of the flow, in file order: title, summary,
    /// notice, then each step (text, detail, volunteer note, option labels, `unsure`
    /// label), then each card (title, body, now, say, contested, contact names and hours).
    /// The sources' `contested` notes belong to the fact base (``FactBase/texts``).
    public var texts: [Text] {
        var result: [Text] = []
        forEachText { result.append($0) }
        return result
    }

    /// Calls `body` with each of ``texts``, in the same order, without building the list.
    public func forEachText(_ body: (Text) -> Void) {
        func visit(_ text: Text?) {
            if let text, !text.key.isEmpty { body(text) }
        }
        visit(title)
        visit(summary)
        visit(notice)
        for position in steps.indices {
            visit(steps[position].text)
            visit(steps[position].detail)
            visit(steps[position].volunteerNote)
            let options = steps[position].options
            for option in options.indices { visit(options[option].label) }
            visit(steps[position].unsure?.label)
        }
        for position in cards.indices {
            visit(cards[position].title)
            visit(cards[position].body)
            visit(cards[position].now)
            visit(cards[position].say)
            visit(cards[position].contested)
            let contacts = cards[position].contacts
            for contact in contacts.indices {
                visit(contacts[contact].name)
                visit(contacts[contact].hours)
            }
        }
    }
}
