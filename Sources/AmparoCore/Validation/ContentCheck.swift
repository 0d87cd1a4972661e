/// A check over all loaded content at once: duplicate flow ids across files
/// (`DuplicateFlowIDCheck`), the translation catalogs (`CatalogCheck`). `ContentValidator` runs
/// every one after the per-flow checks.
public protocol ContentCheck {
    /// The problems found; `files` counts the extra files the check read (for the summary line).
    func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String])
}

/// What `amparo validate` loaded: the flows, their diagnostics, and where things live.
public struct LoadedContent: Sendable {
    /// The flows that could be read.
    public var flows: [Flow]
    /// The flow files read.
    public var flowFiles: [String]
    /// The `Localization/` directory, when its catalogs are to be checked.
    public var localizationDirectory: String?

    /// Creates loaded content.
    public init(flows: [Flow], flowFiles: [String], localizationDirectory: String?) {
        self.flows = flows
        self.flowFiles = flowFiles
        self.localizationDirectory = localizationDirectory
    }
}
