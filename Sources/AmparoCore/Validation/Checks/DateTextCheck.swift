/// Dates in text a person reads are written `{date:YYYY-MM-DD}`, so every front shows them in
/// words in the person's language: a bare `YYYY-MM-DD` is a warning, a placeholder that is not a
/// real day an error.
struct DateTextCheck: FlowCheck {
    func check(_ flow: Flow, context: ValidationContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        flow.forEachText { diagnostics += DateTextCheck.problems(in: $0) }
        return diagnostics
    }

    /// The date problems of one text (flow texts and source notes alike).
    static func problems(in text: Text) -> [Diagnostic] {
        guard text.english.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        var diagnostics: [Diagnostic] = []
        for problem in DatePlaceholder.problems(in: text.english) {
            switch problem {
            case .bare(let written):
                diagnostics.append(Diagnostic(.bareDate,
                    "\(text.key) writes the date \(written) as digits; write {date:\(written)} so it is shown in words in the person's language",
                    at: text.location))
            case .malformed(let written):
                diagnostics.append(Diagnostic(.badDatePlaceholder,
                    "\(text.key) has the placeholder \(written), which is not a real day written {date:YYYY-MM-DD}",
                    at: text.location))
            }
        }
        return diagnostics
    }
}
