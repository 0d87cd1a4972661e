/// Loads and checks content the way `amparo validate` does: the fact base, every flow file (each
/// on that fact base), every flow check, then every content check (the fact base as a whole, the
/// attorney-review record, duplicate flow ids, and any checks plugged in). Nothing stops at the
/// first problem.
public struct ContentValidator {
    /// Per-flow checks.
    public var flowValidator: FlowValidator
    /// Checks over all content (fact base, review record, duplicate flow ids, the translation
    /// catalogs, the sites of `Sites/`; more plug in here).
    public var contentChecks: [any ContentCheck]

    /// Creates a validator with the built-in checks plus `extraChecks`.
    public init(context: ValidationContext = ValidationContext(), extraChecks: [any ContentCheck] = []) {
        flowValidator = FlowValidator(context: context)
        contentChecks = [FactBaseCheck(), AttorneyReviewCheck(), DuplicateFlowIDCheck(), CatalogCheck(), SitesContentCheck()]
            + extraChecks
    }

    /// The outcome of a validation run.
    public struct Report: Sendable {
        /// Every problem: the fact base's, then files in the order read, positions in order within a file.
        public var diagnostics: [Diagnostic]
        /// Every file read.
        public var files: [String]
        /// The flows that loaded.
        public var flows: [Flow]
        /// The fact base they rest on.
        public var factBase: FactBase

        /// The number of diagnostics of a severity.
        public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

        /// `3 files, 0 errors, 1 warning` (and `, 1 note` when there are notes).
        public var summary: String {
            func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
            var parts = [counted(files.count, "file"), counted(count(.error), "error"), counted(count(.warning), "warning")]
            if count(.note) > 0 { parts.append(counted(count(.note), "note")) }
            return parts.joined(separator: ", ")
        }
    }

    /// Validates a content directory: its `Facts/`, every flow in `Flows/`, the review record
    /// against the content's digest, and (for the content checks) its `Localization/`.
    public func validate(content: ContentDirectory) -> Report {
        validate(flowFiles: FlowLoader.yamlFiles(in: content.flows), factsDirectory: content.facts,
                 localizationDirectory: content.localization, contentRoot: content.root)
    }

    /// Validates the given flow files on the fact base in `factsDirectory` (none: an empty one).
    /// `hasAllFlows` says whether the files are all of the content's flows; `contentRoot`, when
    /// given, is where the attorney review's digest is computed.
    public func validate(flowFiles: [String], factsDirectory: String? = nil, localizationDirectory: String? = nil,
                         contentRoot: String? = nil, hasAllFlows: Bool = true) -> Report {
        let facts = factsDirectory.map { FactLoader.load(directory: $0) } ?? FactLoadResult(base: .empty, diagnostics: [])
        var diagnostics = facts.diagnostics
        var flows: [Flow] = []
        for file in flowFiles {
            let loaded = FlowLoader.load(file: file, facts: facts.base)
            let checked = loaded.flows.flatMap { flowValidator.validate($0) }
            diagnostics += (loaded.diagnostics + checked).sortedByPosition()
            flows += loaded.flows
        }
        var files = facts.base.files + flowFiles
        let content = LoadedContent(flows: flows, flowFiles: flowFiles, factBase: facts.base, hasAllFlows: hasAllFlows,
                                    contentRoot: contentRoot, localizationDirectory: localizationDirectory,
                                    today: flowValidator.context.today)
        for check in contentChecks {
            let result = check.check(content)
            diagnostics += result.diagnostics
            files += result.files.filter { !files.contains($0) }
        }
        return Report(diagnostics: diagnostics, files: files, flows: flows, factBase: facts.base)
    }
}
