import Foundation

/// The content's flows, facts and catalogs, for `amparo translations extract | check | status | update`.
public struct TranslationWorkspace: Sendable {
    /// The `Flows/` folder.
    public let flowsDirectory: String
    /// The `Facts/` folder (its source notes are translated too).
    public let factsDirectory: String?
    /// The `Localization/` folder.
    public let localization: LocalizationDirectory

    /// The workspace of a content directory.
    public init(content: ContentDirectory) {
        self.init(flowsDirectory: content.flows, factsDirectory: content.facts, localizationDirectory: content.localization)
    }

    /// A workspace from its folders.
    public init(flowsDirectory: String, factsDirectory: String? = nil, localizationDirectory: String) {
        self.flowsDirectory = flowsDirectory
        self.factsDirectory = factsDirectory
        self.localization = LocalizationDirectory(path: localizationDirectory)
    }

    /// A problem that stops a translations command.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What went wrong (may be several lines).
        public let description: String
    }

    /// The template of the current flows and interface strings.
    public func template() throws(Failure) -> TranslationTemplate {
        let facts = factsDirectory.map { FactLoader.load(directory: $0) } ?? FactLoadResult(base: .empty, diagnostics: [])
        let loaded = FlowLoader.load(directory: flowsDirectory, facts: facts.base)
        if loaded.hasErrors || facts.hasErrors {
            let errors = (facts.diagnostics + loaded.diagnostics).filter { $0.severity == .error }.map(\.headline)
            throw Failure(description: (errors + ["the content has errors; fix them first (amparo validate)"]).joined(separator: "\n"))
        }
        return TranslationTemplate(flows: loaded.flows, facts: facts.base)
    }

    /// Writes `Localization/amparo.pot`; returns how many texts it holds.
    @discardableResult
    public func extract() throws(Failure) -> Int {
        let template = try template()
        do {
            try FileManager.default.createDirectory(atPath: localization.path, withIntermediateDirectories: true)
            try Data(template.text.utf8).write(to: URL(fileURLWithPath: localization.templatePath))
        } catch {
            throw Failure(description: "\(localization.templatePath): cannot write: \(error.localizedDescription)")
        }
        return template.entries.count
    }

    /// Compares `Localization/amparo.pot` with what `extract` would write.
    public func check() throws(Failure) -> TemplateComparison {
        let template = try template()
        guard let data = FileManager.default.contents(atPath: localization.templatePath) else {
            return TemplateComparison(isCurrent: false, exists: false, added: template.entries.map(\.key), removed: [], changed: [])
        }
        if [UInt8](data) == Array(template.text.utf8) {
            return TemplateComparison(isCurrent: true, exists: true, added: [], removed: [], changed: [])
        }
        let old = POParser.parse([UInt8](data), file: localization.templatePath).file.entries
        let oldByKey = Dictionary(old.compactMap { entry in entry.context.map { ($0, entry.id) } }, uniquingKeysWith: { first, _ in first })
        let newByKey = Dictionary(template.entries.map { ($0.key, $0.english) }, uniquingKeysWith: { first, _ in first })
        return TemplateComparison(
            isCurrent: false, exists: true,
            added: template.entries.map(\.key).filter { oldByKey[$0] == nil },
            removed: old.compactMap(\.context).filter { newByKey[$0] == nil },
            changed: template.entries.filter { entry in oldByKey[entry.key].map { $0 != entry.english } ?? false }.map(\.key))
    }

    /// The `msgmerge` command for every catalog present (`msgmerge --previous` marks changed
    /// entries fuzzy and keeps the old English beside them).
    public func mergeCommands() -> [[String]] {
        localization.shippedLanguages().filter { !$0.isSource }.map { language in
            ["msgmerge", "--quiet", "--previous", "--update", "--backup=none", "--no-wrap",
             localization.catalogPath(for: language), localization.templatePath]
        }
    }
}

/// How `Localization/amparo.pot` differs from the flows and interface strings.
public struct TemplateComparison: Sendable, Hashable {
    /// True when the file is exactly what `extract` writes.
    public let isCurrent: Bool
    /// False when there is no template file.
    public let exists: Bool
    /// Keys of texts the template lacks.
    public let added: [String]
    /// Keys the template has that no text uses any more.
    public let removed: [String]
    /// Keys whose English changed.
    public let changed: [String]

    /// What to tell the person running `amparo translations check`.
    public func message(templatePath: String) -> String {
        if isCurrent { return "\(templatePath) is up to date." }
        guard exists else {
            return "error: \(templatePath) does not exist; run `amparo translations extract` and commit it [\(DiagnosticCode.staleTemplate.rawValue)]"
        }
        var lines = ["error: \(templatePath) is out of date with the flows and interface strings; run `amparo translations extract`, then `amparo translations update`, and commit both [\(DiagnosticCode.staleTemplate.rawValue)]"]
        func list(_ title: String, _ keys: [String]) {
            guard !keys.isEmpty else { return }
            lines.append("  \(title) (\(keys.count)): " + keys.prefix(8).joined(separator: ", ") + (keys.count > 8 ? ", …" : ""))
        }
        list("new texts", added)
        list("changed English", changed)
        list("texts no longer used", removed)
        if added.isEmpty, changed.isEmpty, removed.isEmpty { lines.append("  (notes, references or order differ)") }
        return lines.joined(separator: "\n")
    }
}
