/// Whether a fact still holds.
public enum FactStatus: Hashable, Codable, Sendable {
    /// It holds, as far as the research goes.
    case current
    /// The law changed: another fact (`superseded-by`) replaced it. No card may rest on it.
    case superseded(by: Ref)

    /// The fact that replaced it, if it was replaced.
    public var replacement: Ref? {
        if case .superseded(let replacement) = self { return replacement }
        return nil
    }

    /// As written in a facts file: `current` or `superseded`.
    public var name: String { replacement == nil ? "current" : "superseded" }
}
