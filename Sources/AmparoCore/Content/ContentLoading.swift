import Dispatch
import Foundation

/// How the wizard reads a content directory: everything or nothing, and fast.
public enum ContentLoading {
    /// Every flow of the content, if its facts and every flow load and pass the validator: a
    /// flow with an error (a dead end, an unknown reference, a card on a superseded fact…) is
    /// never shown, and an error in `Facts/` shows none. The failure is the diagnostics that
    /// refused it.
    ///
    /// The fact base is read first; then the flow files are loaded and validated in parallel, one
    /// file per task; the results are combined in name order, exactly as
    /// `FlowLoader.load(directory:)` and one validator pass would give.
    ///
    /// Then, as `amparo validate` does, every content check runs over the whole (duplicate flow
    /// ids across files, the fact base, the attorney-review record, every catalog): an error in
    /// any refuses all of it. Before anything is read, every content file must be a readable
    /// regular file (the ``ContentManifest`` is made): a link, a device, a pipe or an unreadable
    /// file or folder is refused, never skipped.
    public static func loadValidated(_ content: ContentDirectory,
                                     today: LocalDate = .today()) -> Result<[Flow], ContentLoadFailure> {
        do { _ = try ContentManifest.build(root: content.root) } catch {
            return .failure(ContentLoadFailure(diagnostics: [
                Diagnostic(.unreadableFile, "the content cannot be used: \(error)", at: .wholeFile(content.root)),
            ]))
        }
        let facts = FactLoader.load(directory: content.facts)
        if facts.hasErrors { return .failure(ContentLoadFailure(diagnostics: facts.diagnostics)) }
        let files = FlowLoader.yamlFiles(in: content.flows)
        let flows: [Flow]
        switch loadFlows(files, facts: facts.base, validating: true) {
        case .failure(let failure): return .failure(failure)
        case .success(let loaded): flows = loaded
        }
        let loaded = LoadedContent(flows: flows, flowFiles: files, factBase: facts.base, hasAllFlows: true,
                                   contentRoot: content.root, localizationDirectory: content.localization, today: today)
        let contentProblems = ContentValidator().contentChecks.flatMap { $0.check(loaded).diagnostics }
        if contentProblems.contains(where: { $0.severity == .error }) {
            return .failure(ContentLoadFailure(diagnostics: contentProblems))
        }
        return .success(flows)
    }

    /// Every flow of content whose checks are already known to pass: its signature verified and
    /// its compiled bundle says this program's checks passed on these very files
    /// (``ContentBundle/verified(root:manifest:bytes:today:)``). The fact base and the flows are read
    /// (in parallel, as ``loadValidated(_:today:)`` reads them) but not checked again; an error
    /// while reading still refuses all of it.
    public static func loadChecked(_ content: ContentDirectory) -> Result<[Flow], ContentLoadFailure> {
        let facts = FactLoader.load(directory: content.facts)
        if facts.hasErrors { return .failure(ContentLoadFailure(diagnostics: facts.diagnostics)) }
        return loadFlows(FlowLoader.yamlFiles(in: content.flows), facts: facts.base, validating: false)
    }

    /// Loads (and with `validating`, checks) each flow file as its own task, and combines the
    /// results in name order: any error refuses them all.
    private static func loadFlows(_ files: [String], facts: FactBase, validating: Bool) -> Result<[Flow], ContentLoadFailure> {
        let results = FileResults(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let loaded = FlowLoader.load(file: files[index], facts: facts)
            let problems = loaded.hasErrors || !validating ? [] : loaded.flows.flatMap { FlowValidator().validate($0) }
            results.set(index, (loaded, problems))
        }
        let each = results.all
        let loadDiagnostics = each.flatMap(\.loaded.diagnostics)
        if loadDiagnostics.contains(where: { $0.severity == .error }) {
            return .failure(ContentLoadFailure(diagnostics: loadDiagnostics))
        }
        let problems = each.flatMap(\.problems)
        if problems.contains(where: { $0.severity == .error }) { return .failure(ContentLoadFailure(diagnostics: problems)) }
        return .success(each.flatMap(\.loaded.flows))
    }

    /// Whether a recorded attorney review covers every flow of the content exactly as it is
    /// (its digest is the content's reviewed digest). Anything unclear counts as no.
    public static func reviewCoversEverything(_ content: ContentDirectory) -> Bool {
        let review = FactLoader.load(directory: content.facts).base.review
        guard review.record != nil, let manifest = try? ContentManifest.build(root: content.root) else { return false }
        let ids = FlowLoader.yamlFiles(in: content.flows).compactMap { FlowLoader.load(file: $0).flows.first?.id }
        return reviewCovers(review, flows: ids, of: manifest)
    }

    /// Whether `review` covers every one of the flows `ids` (at least one) in the content that
    /// `manifest` lists.
    public static func reviewCovers(_ review: AttorneyReview, flows ids: [String], of manifest: ContentManifest) -> Bool {
        let digest = manifest.reviewedDigest
        return review.record != nil && !ids.isEmpty && ids.allSatisfy { review.covers(flow: $0, digest: digest) }
    }

    /// One slot per flow file, filled from parallel tasks.
    private final class FileResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [(loaded: FlowLoadResult, problems: [Diagnostic])?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: (loaded: FlowLoadResult, problems: [Diagnostic])) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        var all: [(loaded: FlowLoadResult, problems: [Diagnostic])] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}

/// Why content was refused: the diagnostics, errors among them.
public struct ContentLoadFailure: Error, Sendable {
    /// What the loader and validator said.
    public var diagnostics: [Diagnostic]

    /// Creates a failure.
    public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
