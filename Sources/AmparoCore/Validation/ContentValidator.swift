/// Loads and checks content the way `amparo validate` does: every flow file, every flow check,
/// then every content check. Nothing stops at the first problem.
public struct ContentValidator {
    /// Per-flow checks.
    public var flowValidator: FlowValidator
    /// Checks over all content (duplicate flow ids, the translation catalogs).
    public var contentChecks: [any ContentCheck]

    /// Creates a validator with the built-in checks plus `extraChecks`.
    public init(context: ValidationContext = ValidationContext(), extraChecks: [any ContentCheck] = []) {
        flowValidator = FlowValidator(context: context)
        contentChecks = [DuplicateFlowIDCheck(), CatalogCheck()] + extraChecks
    }

    /// The outcome of a validation run.
    public struct Report: Sendable {
        /// Every problem, files in the order read, positions in order within a file.
        public var diagnostics: [Diagnostic]
        /// Every file read.
        public var files: [String]
        /// The flows that loaded.
        public var flows: [Flow]

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

    /// Validates the given flow files (and a localization directory, whose catalogs the catalog
    /// check reads).
    public func validate(flowFiles: [String], localizationDirectory: String? = nil) -> Report {
        var diagnostics: [Diagnostic] = []
        var flows: [Flow] = []
        for file in flowFiles {
            let loaded = FlowLoader.load(file: file)
            let checked = loaded.flows.flatMap { flowValidator.validate($0) }
            diagnostics += (loaded.diagnostics + checked).sortedByPosition()
            flows += loaded.flows
        }
        var files = flowFiles
        let content = LoadedContent(flows: flows, flowFiles: flowFiles, localizationDirectory: localizationDirectory)
        for check in contentChecks {
            let result = check.check(content)
            diagnostics += result.diagnostics
            files += result.files.filter { !files.contains($0) }
        }
        return Report(diagnostics: diagnostics, files: files, flows: flows)
    }
}
