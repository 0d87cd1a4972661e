extension Condition {
    /// The questions this condition compares without a guard. `answered(q) and q == "x"` and
    /// `not answered(q) or q == "x"` guard `q`; `answered(q)` itself is never a read.
    public func unguardedReads(guarded: Set<String> = []) -> [Ref] {
        var reads: [Ref] = []
        appendUnguardedReads(guarded: guarded, to: &reads)
        return reads
    }

    /// Appends ``unguardedReads(guarded:)`` to `reads`, in order, without a new array per
    /// subexpression (the validator calls this for every routing rule and card).
    func appendUnguardedReads(guarded: Set<String> = [], to reads: inout [Ref]) {
        switch self {
        case .constant, .answered:
            return
        case .equals(let question, _), .notEquals(let question, _), .isOneOf(let question, _),
             .contains(let question, _):
            if guarded.isEmpty || !guarded.contains(question.id) { reads.append(question) }
        case .not(let inner):
            inner.appendUnguardedReads(guarded: guarded, to: &reads)
        case .and(let left, let right):
            let inner = guarded.union(left.impliesAnswered).union(right.impliesAnswered)
            left.appendUnguardedReads(guarded: inner, to: &reads)
            right.appendUnguardedReads(guarded: inner, to: &reads)
        case .or(let left, let right):
            left.appendUnguardedReads(guarded: guarded.union(right.answeredWhenFalse), to: &reads)
            right.appendUnguardedReads(guarded: guarded.union(left.answeredWhenFalse), to: &reads)
        }
    }

    /// Questions that are answered whenever this condition holds, through `answered(q)`.
    var impliesAnswered: Set<String> {
        switch self {
        case .answered(let question): return [question.id]
        case .and(let left, let right): return left.impliesAnswered.union(right.impliesAnswered)
        case .or(let left, let right): return left.impliesAnswered.intersection(right.impliesAnswered)
        case .not(let inner): return inner.answeredWhenFalse
        default: return []
        }
    }

    /// Questions that are answered whenever this condition is false, through `not answered(q)`.
    var answeredWhenFalse: Set<String> {
        switch self {
        case .or(let left, let right): return left.answeredWhenFalse.union(right.answeredWhenFalse)
        case .and(let left, let right): return left.answeredWhenFalse.intersection(right.answeredWhenFalse)
        case .not(let inner): return inner.impliesAnswered
        default: return []
        }
    }
}
