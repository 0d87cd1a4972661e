extension Condition {
    /// The questions this condition compares without a guard. `answered(q) and q == "x"` and
    /// `not answered(q) or q == "x"` guard `q`; `answered(q)` itself is never a read.
    public func unguardedReads(guarded: Set<String> = []) -> [Ref] {
        var reads: [Ref] = []
        appendUnguardedReads(guarded: Array(guarded), to: &reads)
        return reads
    }

    /// Appends ``unguardedReads(guarded:)`` to `reads`, in order, without a new array per
    /// subexpression (the validator calls this for every routing rule and card). The guarded
    /// questions are a short list (a handful of `answered()` at most), searched in order.
    func appendUnguardedReads(guarded: [String] = [], to reads: inout [Ref]) {
        switch self {
        case .constant, .answered:
            return
        case .equals(let question, _), .notEquals(let question, _), .isOneOf(let question, _),
             .contains(let question, _):
            if guarded.isEmpty || !guarded.contains(question.id) { reads.append(question) }
        case .not(let inner):
            inner.appendUnguardedReads(guarded: guarded, to: &reads)
        case .and(let left, let right):
            let inner = Condition.adding(left.impliesAnswered + right.impliesAnswered, to: guarded)
            left.appendUnguardedReads(guarded: inner, to: &reads)
            right.appendUnguardedReads(guarded: inner, to: &reads)
        case .or(let left, let right):
            left.appendUnguardedReads(guarded: Condition.adding(right.answeredWhenFalse, to: guarded), to: &reads)
            right.appendUnguardedReads(guarded: Condition.adding(left.answeredWhenFalse, to: guarded), to: &reads)
        }
    }

    /// Questions that are answered whenever this condition holds, through `answered(q)` (a
    /// list that may repeat a question).
    var impliesAnswered: [String] {
        switch self {
        case .answered(let question): return [question.id]
        case .and(let left, let right): return left.impliesAnswered + right.impliesAnswered
        case .or(let left, let right): return Condition.both(left.impliesAnswered, right.impliesAnswered)
        case .not(let inner): return inner.answeredWhenFalse
        default: return []
        }
    }

    /// Questions that are answered whenever this condition is false, through `not answered(q)`.
    var answeredWhenFalse: [String] {
        switch self {
        case .or(let left, let right): return left.answeredWhenFalse + right.answeredWhenFalse
        case .and(let left, let right): return Condition.both(left.answeredWhenFalse, right.answeredWhenFalse)
        case .not(let inner): return inner.impliesAnswered
        default: return []
        }
    }

    /// `guarded` with the questions of `more` it lacks (so it holds each question once).
    private static func adding(_ more: [String], to guarded: [String]) -> [String] {
        var result = guarded
        for question in more where !result.contains(question) { result.append(question) }
        return result
    }

    /// The questions in both lists.
    private static func both(_ left: [String], _ right: [String]) -> [String] {
        left.isEmpty || right.isEmpty ? [] : left.filter(right.contains)
    }
}
