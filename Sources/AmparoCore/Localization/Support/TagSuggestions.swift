/// Levenshtein distance over Unicode scalars, for the "did you mean" of keywords and language tags.
enum TagSuggestions {
    /// The number of single-scalar insertions, deletions and substitutions from `a` to `b`.
    static func between(_ a: String, _ b: String) -> Int {
        let source = Array(a.unicodeScalars)
        let target = Array(b.unicodeScalars)
        guard !source.isEmpty else { return target.count }
        guard !target.isEmpty else { return source.count }
        var previous = Array(0...target.count)
        var current = previous
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }

    /// The candidates closest to `word` (at most `limit`, within a distance that scales with length).
    static func suggestions(for word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let lowered = word.lowercased()
        let threshold = max(1, lowered.unicodeScalars.count / 3)
        let scored: [(candidate: String, distance: Int)] = candidates.map { ($0, between(lowered, $0.lowercased())) }
        let close = scored.filter { $0.distance <= threshold }
        let ordered = close.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.candidate < $1.candidate }
        return ordered.prefix(limit).map(\.candidate)
    }
}
