/// The template entries of one flow, in the order they are written, each with a note that says
/// where the text appears.
enum FlowTemplateEntries {
    static func entries(of flow: Flow, terms: ProtectedTerms) -> [TemplateEntry] {
        let file = "Flows/" + (flow.location.file.split(separator: "/").last.map(String.init) ?? flow.location.file)
        let situation = "the situation \u{201C}\(flow.title.english)\u{201D}"
        var result: [TemplateEntry] = []
        func add(_ text: Text?, _ placement: String) {
            guard let text else { return }
            result.append(TemplateEntry(key: text.key, english: text.english, placement: placement,
                                        references: ["\(file):\(text.location.line)"], terms: terms))
        }
        add(flow.title, "Title of a situation, in the list of situations and at the top of its screens.")
        add(flow.summary, "One-line summary of \(situation), under its title in the list of situations.")
        add(flow.notice, "Notice on the first screen of \(situation) and with its guidance.")
        for step in flow.steps {
            add(step.text, stepPlacement(step, situation))
            add(step.detail, "Explanation under \u{201C}\(step.text.english)\u{201D}.")
            for option in step.options {
                add(option.label, "An answer to the question \u{201C}\(step.text.english)\u{201D}.")
            }
            add(step.unsure?.label, "The \u{201C}I don't know\u{201D} answer to the question \u{201C}\(step.text.english)\u{201D}.")
            add(step.volunteerNote, "Shown only to volunteers, beside the question \u{201C}\(step.text.english)\u{201D}.")
        }
        for card in flow.cards {
            let name = "\u{201C}\(card.title.english)\u{201D}"
            add(card.title, "Title of a guidance card in \(situation); it leads with what to do.")
            add(card.body, "Body of the guidance card \(name). Plain language, short sentences.")
            add(card.now, "The action of the card \(name) in a few words, in the list of what to do now. At most 12 words.")
            add(card.say, "Words the person can say to officers, on the card \(name). Keep them short, polite and firm.")
            add(card.contested, "On the card \(name), after \u{201C}Not settled:\u{201D}: what courts or agencies have not settled.")
            for contact in card.contacts {
                add(contact.name, "Name of an organization to call, on the card \(name). Keep its proper name.")
                add(contact.hours, "When \u{201C}\(contact.name.english)\u{201D} answers, on the card \(name).")
            }
        }
        return result
    }

    private static func stepPlacement(_ step: Step, _ situation: String) -> String {
        switch step.kind {
        case .single: "A question in \(situation); the person picks one answer."
        case .multiple: "A question in \(situation); the person checks all answers that apply."
        case .info: "Heading of an information screen in \(situation)."
        case .outcome: "Heading of the guidance at the end of \(situation)."
        }
    }
}

/// The template entries of the fact base: each source's `contested` note (statements, source
/// titles and citations are not translated).
enum FactTemplateEntries {
    static func entries(of base: FactBase, terms: ProtectedTerms) -> [TemplateEntry] {
        base.sources.compactMap { source in
            source.contested.map { text in
                let file = "Facts/" + (text.location.file.split(separator: "/").last.map(String.init) ?? text.location.file)
                return TemplateEntry(key: text.key, english: text.english,
                                     placement: "After \u{201C}Not settled:\u{201D}, under the source \u{201C}\(source.title)\u{201D} ("
                                        + "\(source.cite)), wherever guidance cards rest on it: what is not settled about it. "
                                        + "The source's title and citation stay in English.",
                                     references: ["\(file):\(text.location.line)"], terms: terms)
            }
        }
    }
}
