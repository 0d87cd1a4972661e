/// A check over all loaded content at once. `ContentValidator` runs every one after the
/// per-flow checks: the fact base (`FactBaseCheck`), the attorney-review record
/// (`AttorneyReviewCheck`), flow ids unique across files (`DuplicateFlowIDCheck`), the
/// translation catalogs (`CatalogCheck`) and the sites (`SitesContentCheck`); the CLI adds
/// AmparoUI's `UrgentActionsFitCheck` (an urgent outcome's first actions on the smallest
/// screen) through `extraChecks`.
public protocol ContentCheck {
    /// The problems found; `files` counts the extra files the check read (for the summary line).
    func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String])
}

/// What `amparo validate` loaded: the flows, their fact base, and where things live.
public struct LoadedContent: Sendable {
    /// The flows that could be read.
    public var flows: [Flow]
    /// The flow files read.
    public var flowFiles: [String]
    /// The facts, sources and attorney-review record the flows rest on.
    public var factBase: FactBase
    /// Whether `flows` are all of the content's flows (then a fact or source no card uses is
    /// worth a warning; when one flow file is checked alone, it is not).
    public var hasAllFlows: Bool
    /// The content directory (for the digest an attorney review names), when known.
    public var contentRoot: String?
    /// The `Localization/` directory, when its catalogs are to be checked.
    public var localizationDirectory: String?
    /// The day of the validation.
    public var today: LocalDate

    /// Creates loaded content.
    public init(flows: [Flow], flowFiles: [String], factBase: FactBase = .empty, hasAllFlows: Bool = true,
                contentRoot: String? = nil, localizationDirectory: String?, today: LocalDate = .today()) {
        self.flows = flows
        self.flowFiles = flowFiles
        self.factBase = factBase
        self.hasAllFlows = hasAllFlows
        self.contentRoot = contentRoot
        self.localizationDirectory = localizationDirectory
        self.today = today
    }
}
