import AmparoTestSupport
import Foundation
import AmparoUI
@testable import AmparoCore

/// One file of `Fixtures/invalid/`: `AMPnnn-name.yaml` (a flow), `AMPnnn-name.po` or `.pot` (a
/// translation catalog, checked as `Localization/es.po` against the interface strings'
/// template), `AMPnnn-name.conf` (a kiosk config) or `AMPnnn-name.site/` (a site folder, read
/// by `SiteLoader` with its header in `expect`), whose comment header says what it must
/// produce. Directives (comment lines at the top):
///
///     # expect: LINE:COL: SEVERITY: MESSAGE [AMPnnn]   (required; the headline without the
///                             file, or with it: FILE:LINE:COL: …)
///     # file: NAME            the path to load it as (default demo.yaml, es.po or kiosk.conf); a
///                             path under Facts/ makes it a file of the fact base instead
///     # max-file-size: BYTES  a smaller input limit, so a small file can stand for a huge one
///     # max-text-length: N    a smaller text limit, so a short text can stand for a huge one
///     # search-budget: N      a smaller budget for the outcome-cards search
///     # environment: K=V      an environment variable for the kiosk config
///
/// A flow fixture is validated on the test fact base (`Tests/AmparoTestSupport/Content/Facts/`), the way
/// `amparo validate --flows FILE` checks one flow: the unused-fact and unused-source warnings,
/// which need every flow, are not given. A facts fixture replaces the file of that name in the
/// test fact base, which is validated with the test flow (`Fixtures/content/Flows/demo.yaml`) as
/// the whole content. An `expect` line without a file name is in the fixture's own file.
///
/// A directory fixture (an unreadable file) keeps its header in a file named `expect` inside.
struct DiagnosticFixture: CustomStringConvertible {
    static let today = LocalDate("2026-11-26")!

    let path: String
    let code: String
    var expect = ""
    var file: String
    var environment: [String: String] = [:]

    /// What the fixture is.
    enum Kind { case flow, catalog, config, site }
    var kind: Kind {
        switch (path as NSString).pathExtension {
        case "po", "pot": .catalog
        case "conf": .config
        case "site": .site
        default: .flow
        }
    }
    var limits = InputLimits.standard
    var searchBudget = 200_000
    let isDirectory: Bool

    var description: String { (path as NSString).lastPathComponent }

    /// Whether the fixture is a file of the fact base.
    var isFacts: Bool { file.hasPrefix("Facts/") }

    static func all() -> [DiagnosticFixture] {
        let directory = Fixtures.path("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("AMP") }.sorted().map { DiagnosticFixture(path: directory + "/" + $0) }
    }

    init(path: String) {
        self.path = path
        code = String((path as NSString).lastPathComponent.prefix(6))
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        self.isDirectory = isDirectory.boolValue
        switch (path as NSString).pathExtension {
        case "po", "pot": file = "es.po"
        case "conf": file = "kiosk.conf"
        case "site": file = SiteLoader.servicesFile
        default: file = "demo.yaml"
        }
        let header = FileManager.default.contents(atPath: isDirectory.boolValue ? path + "/expect" : path) ?? Data()
        for line in String(decoding: header, as: UTF8.self).split(separator: "\n") {
            guard line.hasPrefix("# ") else { break }
            let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "expect": expect = parts[1]
            case "file": file = parts[1]
            case "max-file-size": limits.maximumFileSize = Int(parts[1]) ?? limits.maximumFileSize
            case "max-text-length": limits.maximumTextLength = Int(parts[1]) ?? limits.maximumTextLength
            case "search-budget": searchBudget = Int(parts[1]) ?? searchBudget
            case "environment":
                let pair = parts[1].split(separator: "=", maxSplits: 1).map(String.init)
                if pair.count == 2 { environment[pair[0]] = pair[1] }
            default: break
            }
        }
    }

    /// The headline `expect` stands for: it names a line and column of `file` (`12:5: error: …`),
    /// or the whole of `file` (`error: …`), or its own place (`AMPARO_KIOSK: error: …`).
    var expectedHeadline: String {
        if expect.first?.isNumber == true { return "\(file):\(expect)" }
        if ["error:", "warning:", "note:"].contains(where: expect.hasPrefix) { return "\(file): \(expect)" }
        return expect
    }

    /// The bytes of the fixture (empty for the directory).
    var data: Data { isDirectory ? Data() : FileManager.default.contents(atPath: path) ?? Data() }

    /// The files of the test fact base as `Facts/NAME`, the fixture standing in for its own.
    var factFiles: [(file: String, data: Data)] {
        let directory = TestContentFiles.factsDirectory
        var files = ContentDocument.yamlFiles(in: directory).map { real in
            ("Facts/" + (real as NSString).lastPathComponent, FileManager.default.contents(atPath: real) ?? Data())
        }
        if isFacts {
            files.removeAll { $0.0 == file }
            files.append((file, data))
            files.sort { $0.0 < $1.0 }
        }
        return files
    }

    /// The flow validated: the fixture, or (for a facts fixture) the test flow.
    var flowData: Data { isFacts ? FileManager.default.contents(atPath: Fixtures.path("content/Flows/demo.yaml")) ?? Data() : data }

    /// Loads and checks the fixture as `file`, the way `amparo validate` (or the kiosk's start)
    /// does, with paths shown as `file`.
    func diagnostics() -> [Diagnostic] {
        let found: [Diagnostic]
        let shownPath: String
        switch kind {
        case .flow: return flowDiagnostics()
        case .catalog: (found, shownPath) = catalogDiagnostics()
        case .config: (found, shownPath) = configDiagnostics()
        case .site: return siteDiagnostics()
        }
        return found.map { diagnostic in
            var renamed = diagnostic
            if renamed.location.file == shownPath { renamed.location.file = file }
            return renamed
        }
    }

    /// The catalog, written as `Localization/<file>` of a temporary folder and checked against
    /// the interface strings' template.
    private func catalogDiagnostics() -> ([Diagnostic], String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-fixture-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let directory = LocalizationDirectory(path: root)
        try? FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let target = root + "/" + file
        FileManager.default.createFile(atPath: target, contents: data)
        return (CatalogCheck().check(directory, flows: []).diagnostics, target)
    }

    /// The config, read by the kiosk's loader as `$AMPARO_CONFIG` (a directory fixture cannot be
    /// read), with kiosk mode asked for only when the config asks for it.
    private func configDiagnostics() -> ([Diagnostic], String) {
        var environment = self.environment
        environment["AMPARO_CONFIG"] = file
        let data = self.data
        let directory = isDirectory
        do {
            _ = try KioskConfigLoader.load(kioskFlag: false, environment: environment) { _ in
                if directory { throw Unreadable() }
                return String(decoding: data, as: UTF8.self)
            }
            return ([], file)
        } catch {
            return (error.diagnostics, file)
        }
    }

    /// The site folder, read by `SiteLoader` as `amparo site check` does, its files shown by name.
    private func siteDiagnostics() -> [Diagnostic] {
        SiteLoader.load(directory: path, today: DiagnosticFixture.today).diagnostics.map { diagnostic in
            var renamed = diagnostic
            renamed.location.file = (diagnostic.location.file as NSString).lastPathComponent
            return renamed
        }
    }

    /// What the kiosk's file reader says of a file it cannot read.
    private struct Unreadable: Error, CustomStringConvertible {
        var description: String { "permission denied" }
    }

    private func flowDiagnostics() -> [Diagnostic] {
        let facts = FactLoader.load(files: factFiles, limits: isFacts ? limits : .standard)
        let flowFile = isFacts ? "demo.yaml" : file
        var loaded = isDirectory ? FlowLoader.load(file: path, facts: facts.base, limits: limits)
                                 : FlowLoader.load(data: flowData, file: flowFile, facts: facts.base, limits: isFacts ? .standard : limits)
        for index in loaded.diagnostics.indices where loaded.diagnostics[index].location.file == path {
            loaded.diagnostics[index].location.file = file
        }
        let validator = FlowValidator(context: ValidationContext(today: DiagnosticFixture.today,
                                                                 answerSearchBudget: searchBudget))
        let content = LoadedContent(flows: loaded.flows, flowFiles: [flowFile], factBase: facts.base, hasAllFlows: isFacts,
                                    localizationDirectory: nil, today: DiagnosticFixture.today)
        let checks: [any ContentCheck] = [FactBaseCheck(), AttorneyReviewCheck(), UrgentActionsFitCheck()]
        return facts.diagnostics + (loaded.diagnostics + loaded.flows.flatMap(validator.validate)).sortedByPosition()
            + checks.flatMap { $0.check(content).diagnostics }
    }

    /// The output `amparo validate` prints for the fixture (without the summary line); a kiosk
    /// config's problems are shown without source lines, as the kiosk prints them.
    func renderedOutput() -> String {
        var renderer = DiagnosticRenderer()
        if kind == .config { return diagnostics().map(renderer.render).joined(separator: "\n") }
        if kind == .site {
            for name in [SiteLoader.organizationFile, SiteLoader.servicesFile] {
                if let text = try? String(contentsOfFile: path + "/" + name, encoding: .utf8) { renderer.addSource(text, for: name) }
            }
            return diagnostics().map(renderer.render).joined(separator: "\n")
        }
        for (name, bytes) in factFiles + [(isFacts ? "demo.yaml" : file, flowData)] where !isDirectory || name.hasPrefix("Facts/") {
            if bytes.count <= limits.maximumFileSize, let text = String(data: bytes, encoding: .utf8) {
                renderer.addSource(text, for: name)
            }
        }
        return diagnostics().map(renderer.render).joined(separator: "\n")
    }
}
