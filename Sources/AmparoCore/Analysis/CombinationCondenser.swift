/// Describes the answers that show a card in few, short combinations.
///
/// Each walk that shows the card starts as a combination of all its answer groups; then every
/// question whose removal lets the combination match no walk that hides the card is removed
/// (later questions first, and the questions the card's condition reads last, so the
/// combination keeps the questions that set the scene and reads like the condition), and a question that stays is widened to the answers that walks showing the card
/// give there and no hiding walk does. Walks already covered are skipped,
/// combinations that differ in one question are merged, and combinations inside others dropped.
struct CombinationCondenser {
    typealias Combination = CoverageCollector.Combination

    let leaves: [CoverageCollector.Leaf]
    /// Each step's position in the file, to try later questions first.
    let order: [String: Int]

    /// The combinations showing `card`.
    func combinations(showing card: String, preferring important: Set<String>) -> [Combination] {
        let positives = leaves.filter { $0.cards.contains(card) }.map(\.combination)
        let negatives = leaves.filter { !$0.cards.contains(card) }.map(\.combination)
        var result: [Combination] = []
        for positive in positives where !result.contains(where: { covers($0, positive) }) {
            var general = positive
            // Later questions are tried first, so the earlier ones that set the scene ("where
            // is this happening?") are the ones kept.
            let questions = positive.keys.sorted {
                (important.contains($0) ? 1 : 0, -(order[$0] ?? 0), $0) < (important.contains($1) ? 1 : 0, -(order[$1] ?? 0), $1)
            }
            for question in questions {
                var rest = general
                rest[question] = nil
                // Walks hiding the card that match every other constraint: their answers to
                // `question` must stay excluded; every other answer can be allowed.
                let clashing = negatives.filter { overlaps(rest, $0) }
                if clashing.isEmpty {
                    general = rest
                } else if clashing.allSatisfy({ $0[question] != nil }) {
                    // Widen to the answers that walks showing the card give here (never to
                    // answers no walk gives with the rest, which would describe nothing real).
                    let excluded = clashing.reduce(into: Set<Answer>()) { $0.formUnion($1[question] ?? []) }
                    let given = positives.filter { overlaps(rest, $0) }
                        .reduce(into: Set<Answer>()) { $0.formUnion($1[question] ?? []) }
                    general[question] = given.subtracting(excluded).union(general[question] ?? [])
                }
            }
            result.append(general)
        }
        let merged = CombinationMerger.merge(result)
        return merged.filter { combination in
            !merged.contains { other in other != combination && covers(other, combination) }
        }
    }

    /// Whether some walk can match both: every question `general` constrains is answered on
    /// `walk` with an answer `general` allows.
    private func overlaps(_ general: Combination, _ walk: Combination) -> Bool {
        general.allSatisfy { question, allowed in
            guard let answers = walk[question] else { return false }
            return !answers.isDisjoint(with: allowed)
        }
    }

    /// Whether every walk `inner` matches is also matched by `outer`.
    private func covers(_ outer: Combination, _ inner: Combination) -> Bool {
        outer.allSatisfy { question, allowed in
            guard let answers = inner[question] else { return false }
            return answers.isSubset(of: allowed)
        }
    }
}

/// Merges answer combinations that differ in one question only (`a = x` and `a = y`, the rest
/// equal, become `a = x or y`), until no more merge.
enum CombinationMerger {
    static func merge(_ combinations: [[String: Set<Answer>]]) -> [[String: Set<Answer>]] {
        var current = Array(Set(combinations))
        var changed = true
        while changed {
            changed = false
            for question in Set(current.flatMap(\.keys)).sorted() {
                var buckets: [[String: Set<Answer>]: Set<Answer>] = [:]
                var order: [[String: Set<Answer>]] = []
                var untouched: [[String: Set<Answer>]] = []
                for combination in current {
                    guard let answers = combination[question] else {
                        untouched.append(combination)
                        continue
                    }
                    var rest = combination
                    rest[question] = nil
                    if buckets[rest] == nil { order.append(rest) }
                    buckets[rest, default: []].formUnion(answers)
                }
                let merged = order.map { rest -> [String: Set<Answer>] in
                    var combination = rest
                    combination[question] = buckets[rest]
                    return combination
                }
                if merged.count + untouched.count < current.count { changed = true }
                current = Array(Set(untouched + merged))
            }
        }
        return current
    }
}
