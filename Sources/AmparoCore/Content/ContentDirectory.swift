/// Where the shipped content lives: a directory holding `Flows/`, `Facts/` and `Localization/`.
public struct ContentDirectory: Hashable, Sendable {
    /// The directory itself.
    public var root: String
    /// How it was found, for messages: "--content", "$AMPARO_CONTENT", "installed", "next to the program"
    /// (a build tree).
    public var origin: String

    /// `root/Flows`.
    public var flows: String { Self.path("Flows", under: root) }
    /// `root/Facts`.
    public var facts: String { Self.path("Facts", under: root) }
    /// `root/Localization`.
    public var localization: String { Self.path("Localization", under: root) }

    /// The full path of `relative` (a `/`-separated path such as `Compiled/es.catalog`) under
    /// the content root `root`.
    public static func path(_ relative: String, under root: String) -> String {
        root == "/" ? "/" + relative : root + "/" + relative
    }
}
