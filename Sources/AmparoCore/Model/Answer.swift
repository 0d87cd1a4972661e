/// The answer to one question.
public enum Answer: Hashable, Codable, Sendable {
    /// A single-choice question's option id.
    case one(String)
    /// A multiple-choice question's checked option ids (at least one).
    case many(Set<String>)
    /// "I don't know / not sure" (answer id `unsure`).
    case unsure

    /// Whether the answer is exactly this answer id (`unsure` matches `.unsure`). A set of
    /// checked options is never "exactly" one id.
    public func isExactly(_ id: String) -> Bool {
        switch self {
        case .one(let option): return option == id
        case .many: return false
        case .unsure: return id == UnsureOption.id
        }
    }

    /// Whether the answer includes this answer id: a checked option, the chosen option, or `unsure`.
    public func includes(_ id: String) -> Bool {
        switch self {
        case .one(let option): return option == id
        case .many(let options): return options.contains(id)
        case .unsure: return id == UnsureOption.id
        }
    }

    /// The answer ids it holds, sorted.
    public var ids: [String] {
        switch self {
        case .one(let option): return [option]
        case .many(let options): return options.sorted()
        case .unsure: return [UnsureOption.id]
        }
    }
}
