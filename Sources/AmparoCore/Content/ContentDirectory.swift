/// Where the shipped content lives: a directory holding `Flows/`, `Facts/` and `Localization/`.
public struct ContentDirectory: Hashable, Sendable {
    /// The directory itself.
    public var root: String
    /// How it was found, for messages: "--content", "$AMPARO_CONTENT", "installed", "next to the program"
    /// (a build tree).
    public var origin: String

    /// `root/Flows`.
    public var flows: String { root == "/" ? "/Flows" : root + "/Flows" }
    /// `root/Facts`.
    public var facts: String { root == "/" ? "/Facts" : root + "/Facts" }
    /// `root/Localization`.
    public var localization: String { root == "/" ? "/Localization" : root + "/Localization" }
}
