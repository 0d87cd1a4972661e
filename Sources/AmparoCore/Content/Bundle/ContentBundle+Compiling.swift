extension ContentBundle {
    /// The files of the bundle of `content` (by path under its root, ``files(stamp:reviewCoversEverything:flows:catalogs:)``), made only when it passes every check the wizard
    /// runs (``ContentLoading/loadValidated(_:today:)``); otherwise the diagnostics that refuse
    /// it. A catalog with any problem is left out of the bundle, so the wizard reads (and
    /// reports) it from its `.po` as it would without one.
    public static func compile(_ content: ContentDirectory, today: LocalDate = .today()) -> Result<[String: [UInt8]], ContentLoadFailure> {
        let flows: [Flow]
        switch ContentLoading.loadValidated(content, today: today) {
        case .failure(let failure): return .failure(failure)
        case .success(let loaded): flows = loaded
        }
        let manifest: ContentManifest
        do { manifest = try ContentManifest.build(root: content.root) } catch {
            return .failure(ContentLoadFailure(diagnostics: [
                Diagnostic(.unreadableFile, "the content cannot be used: \(error)", at: .wholeFile(content.root)),
            ]))
        }
        let directory = LocalizationDirectory(path: content.localization)
        let catalogs = directory.shippedLanguages().filter { !$0.isSource }.compactMap { language -> Catalog? in
            guard let catalog = try? Catalog.load(path: directory.catalogPath(for: language), tag: language.tag),
                  catalog.diagnostics.isEmpty else { return nil }
            return catalog
        }
        let stamp = ContentBundleStamp(programVersion: Amparo.version, checks: ContentBundleStamp.checksFingerprint,
                                       validatedOn: today, sourceDigest: manifest.withoutCompiled.digest)
        // The checked flows already hold the fact base and its review record: nothing is read again.
        let covered = flows.first.map { ContentLoading.reviewCovers($0.factBase.review, flows: flows.map(\.id), of: manifest) } ?? false
        return .success(files(stamp: stamp, reviewCoversEverything: covered, flows: flows, catalogs: catalogs))
    }
}
