/// "Did you mean" suggestions by edit distance: the one home for them (ids, keys, config keys,
/// PO keywords, language names).
public enum EditDistance {
    /// The edit distance between two strings, counted in characters: insertions, deletions,
    /// substitutions and transpositions of neighbours (`sya` → `say`) each cost 1.
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    /// The candidate closest to `word`, if it is near enough to be a likely typo (at most a third
    /// of the word's length, and at least 1, edits away).
    public static func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
        let limit = max(1, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            guard abs(candidate.count - word.count) <= limit else { continue }
            let distance = between(word, candidate)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Up to `limit` candidates close to `word`, nearest first (ties in name order), ignoring
    /// case: for lists of names where several may fit (language names and tags).
    public static func suggestions(for word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let threshold = max(1, lowered.count / 3)
        let scored = candidates.map { (candidate: $0, distance: between(lowered, $0.lowercased())) }
        let close = scored.filter { $0.distance <= threshold }
        let ordered = close.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        return ordered.prefix(limit).map(\.candidate)
    }
}
