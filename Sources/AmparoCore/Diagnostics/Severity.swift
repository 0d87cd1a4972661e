/// How serious a diagnostic is. Errors fail `amparo validate`; warnings and notes do not.
public enum Severity: String, Hashable, Codable, Sendable, Comparable {
    /// A note: information, e.g. a check that gave up within its budget.
    case note
    /// A warning: worth fixing, but the content still works.
    case warning
    /// An error: the content must not ship like this.
    case error

    private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
