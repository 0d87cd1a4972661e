import AmparoCore

extension PlainFront {
    /// The ids a question's numbered choices stand for, in order: its options, then `unsure`.
    func choices(of step: Step) -> [String] {
        step.options.map(\.id) + (step.unsure == nil ? [] : [UnsureOption.id])
    }

    /// Acts on input while walking a flow.
    mutating func handle(_ command: PlainCommand, in session: Session) -> Screen? {
        guard let step = session.currentStep else { return nil }
        var session = session
        switch step.kind.behaviour {
        case .read:
            guard command == .enter else {
                reject(command, count: 0)
                return nil
            }
            do {
                try session.advance()
            } catch {
                say(strings(.contentError))
                return nil
            }
            return .walking(session)
        case .showCards:
            if command != .enter { reject(command, count: 0) } else { prompt() }
            return nil
        case .chooseOne, .chooseMany:
            guard let answer = answer(command, to: step) else { return nil }
            switch step.kind.behaviour {
            case .chooseMany:  // say back what was checked
                say(strings(.plainChecked, .text(answer.ids.map { label($0, of: step) }.joined(separator: ", "))))
            case .chooseOne, .read, .showCards:
                break
            }
            do {
                try session.answer(answer)
            } catch {
                say(strings(.contentError))
                return nil
            }
            return .walking(session)
        }
    }

    /// The answer typed numbers stand for, or `nil` after saying what is wrong.
    mutating func answer(_ command: PlainCommand, to step: Step) -> Answer? {
        let ids = choices(of: step)
        switch step.kind.behaviour {
        case .chooseOne:
            guard let index = single(command, count: ids.count) else { return nil }
            return ids[index] == UnsureOption.id ? .unsure : .one(ids[index])
        case .chooseMany, .read, .showCards:
            break  // numbers, a set of checked choices (`handle` asks only questions)
        }
        guard case .numbers(let numbers) = command else {
            reject(command, count: ids.count)
            return nil
        }
        guard numbers.allSatisfy({ (1...ids.count).contains($0) }) else {
            say(strings(.plainInvalidNumber, .number(ids.count)))
            prompt()
            return nil
        }
        let chosen = Set(numbers.map { ids[$0 - 1] })
        if chosen.contains(UnsureOption.id) {
            guard chosen.count == 1 else {
                say(strings(.plainInvalidInput))
                prompt()
                return nil
            }
            return .unsure
        }
        return .many(chosen)
    }

    /// The words of one answer id.
    func label(_ id: String, of step: Step) -> String {
        if id == UnsureOption.id { return step.unsure?.label.map { strings.text($0).text } ?? strings(.answerUnsure) }
        return step.option(id).map { strings.text($0.label).text } ?? id
    }
}
