/// One rule of a `next:` list: `if` a condition holds, go `to` a step.
public struct RoutingRule: Hashable, Codable, Sendable {
    /// The parsed `if:`; `nil` for the default rule.
    public var condition: Condition?
    /// The step to go to.
    public var target: Ref
    /// Where the rule starts.
    public var location: SourceLocation

    /// Creates a rule.
    public init(condition: Condition?, target: Ref, location: SourceLocation) {
        self.condition = condition
        self.target = target
        self.location = location
    }
}
