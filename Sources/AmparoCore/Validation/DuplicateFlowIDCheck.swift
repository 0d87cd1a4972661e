/// Two flow files with one flow id (ids are unique across `Flows/`).
struct DuplicateFlowIDCheck: ContentCheck {
    func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String]) {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for flow in content.flows {
            if let earlier = first[flow.id] {
                diagnostics.append(Diagnostic(.duplicateID, "duplicate flow id '\(flow.id)'", at: flow.location,
                                              notes: ["note: first defined at \(earlier)"]))
            } else {
                first[flow.id] = flow.location
            }
        }
        return (diagnostics, [])
    }
}
