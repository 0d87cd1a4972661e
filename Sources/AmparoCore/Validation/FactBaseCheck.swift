/// The fact base as a whole (`Facts/`): ids written once, every fact on known sources and
/// replaced by a known fact, dates that claim no more than they may, facts checked within six
/// months, and (when every flow is loaded) no fact or source that nothing uses. Source notes are
/// checked like flow text (dates, emoji).
struct FactBaseCheck: ContentCheck {
    /// A fact not checked for this many months is due for a check.
    static let checkEveryMonths = 6

    func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String]) {
        let base = content.factBase
        var diagnostics = duplicates(base)
        let sourceIDs = base.sources.map(\.id), factIDs = base.facts.map(\.id)
        let due = content.today.adding(months: -Self.checkEveryMonths)
        for fact in base.facts {
            if fact.sources.isEmpty {
                diagnostics.append(Diagnostic(.missingField, "fact '\(fact.id)' names no source; every fact rests on one", at: fact.location))
            }
            for reference in fact.sources where base.source(reference.id) == nil {
                diagnostics.append(Diagnostic(.unknownSource, "unknown source '\(reference.id)' in fact '\(fact.id)'", at: reference.location,
                                              suggestion: EditDistance.suggestion(for: reference.id, among: sourceIDs)))
            }
            if let replacement = fact.status.replacement, base.fact(replacement.id) == nil {
                diagnostics.append(Diagnostic(.unknownFact, "fact '\(fact.id)' is superseded by an unknown fact '\(replacement.id)'",
                                              at: replacement.location,
                                              suggestion: EditDistance.suggestion(for: replacement.id, among: factIDs)))
            }
            diagnostics += dates(of: fact, in: base, today: content.today)
            if fact.isCurrent, fact.checked < due {
                diagnostics.append(Diagnostic(.factNotChecked,
                    "fact '\(fact.id)' was last checked on \(fact.checked), more than \(Self.checkEveryMonths) months ago; confirm it against its sources and update 'checked'",
                    at: fact.checkedLocation))
            }
        }
        if content.hasAllFlows { diagnostics += unused(base, flows: content.flows) }
        for text in base.texts {
            diagnostics += DateTextCheck.problems(in: text) + EmojiCheck.problems(in: text)
        }
        return (diagnostics.sortedByPosition(), [])
    }

    private func duplicates(_ base: FactBase) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstFact: [String: SourceLocation] = [:], firstSource: [String: SourceLocation] = [:]
        for fact in base.facts {
            if let first = firstFact[fact.id] {
                diagnostics.append(Diagnostic(.duplicateID, "duplicate fact id '\(fact.id)'", at: fact.location,
                                              notes: ["note: first defined at \(first)"]))
            } else { firstFact[fact.id] = fact.location }
        }
        for source in base.sources {
            if let first = firstSource[source.id] {
                diagnostics.append(Diagnostic(.duplicateID, "duplicate source id '\(source.id)'", at: source.location,
                                              notes: ["note: first defined at \(first)"]))
            } else { firstSource[source.id] = source.location }
        }
        return diagnostics
    }

    /// `checked` not in the future, not before `as-of`; `as-of` not after the newest dated source.
    private func dates(of fact: Fact, in base: FactBase, today: LocalDate) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if fact.checked > today {
            diagnostics.append(Diagnostic(.dateOverclaims, "fact '\(fact.id)' says it was checked on \(fact.checked), after today (\(today))",
                                          at: fact.checkedLocation))
        } else if fact.asOf > fact.checked {
            diagnostics.append(Diagnostic(.dateOverclaims,
                "fact '\(fact.id)' is as of \(fact.asOf), after the day it was checked (\(fact.checked))", at: fact.asOfLocation))
        }
        let dated = fact.sources.compactMap { base.source($0.id)?.asOf }
        if let newest = dated.max(), fact.asOf > newest {
            diagnostics.append(Diagnostic(.dateOverclaims,
                "fact '\(fact.id)' is as of \(fact.asOf), but its newest dated source is of \(newest); a fact is only as current as its sources",
                at: fact.asOfLocation))
        }
        return diagnostics
    }

    /// Current facts no card rests on, and sources no fact names.
    private func unused(_ base: FactBase, flows: [Flow]) -> [Diagnostic] {
        var usedFacts = Set<String>()
        for flow in flows { for card in flow.cards { for fact in card.facts { usedFacts.insert(fact.id) } } }
        var diagnostics: [Diagnostic] = []
        var namedSources = Set<String>()
        for fact in base.facts {
            namedSources.formUnion(fact.sources.map(\.id))
            if fact.isCurrent, !usedFacts.contains(fact.id) {
                diagnostics.append(Diagnostic(.unusedFact, "fact '\(fact.id)' is current, but no card rests on it", at: fact.location))
            }
        }
        for source in base.sources where !namedSources.contains(source.id) {
            diagnostics.append(Diagnostic(.unusedSource, "source '\(source.id)' is not named by any fact", at: source.location))
        }
        return diagnostics
    }
}
