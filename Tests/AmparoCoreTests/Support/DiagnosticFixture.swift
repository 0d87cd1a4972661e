import Foundation
@testable import AmparoCore

/// One file of `Fixtures/invalid/`: `AMPnnn-name.yaml`, whose comment header says what it must
/// produce. Directives (comment lines at the top):
///
///     # expect: LINE:COL: SEVERITY: MESSAGE [AMPnnn]   (required)
///     # file: NAME            the path to load it as (default demo.yaml)
///     # max-file-size: BYTES  a smaller input limit, so a small file can stand for a huge one
///     # search-budget: N      a smaller budget for the outcome-cards search
///
/// A directory fixture (the unreadable file) keeps its header in a file named `expect` inside.
struct DiagnosticFixture: CustomStringConvertible {
    static let today = LocalDate("2026-11-26")!

    let path: String
    let code: String
    var expect = ""
    var file = "demo.yaml"
    var limits = InputLimits.standard
    var searchBudget = 200_000
    let isDirectory: Bool

    var description: String { (path as NSString).lastPathComponent }

    static func all() -> [DiagnosticFixture] {
        let directory = Fixtures.path("invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasPrefix("AMP") }.sorted().map { DiagnosticFixture(path: directory + "/" + $0) }
    }

    init(path: String) {
        self.path = path
        code = String((path as NSString).lastPathComponent.prefix(6))
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        self.isDirectory = isDirectory.boolValue
        let header = FileManager.default.contents(atPath: isDirectory.boolValue ? path + "/expect" : path) ?? Data()
        for line in String(decoding: header, as: UTF8.self).split(separator: "\n") {
            guard line.hasPrefix("# ") else { break }
            let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "expect": expect = parts[1]
            case "file": file = parts[1]
            case "max-file-size": limits.maximumFileSize = Int(parts[1]) ?? limits.maximumFileSize
            case "search-budget": searchBudget = Int(parts[1]) ?? searchBudget
            default: break
            }
        }
    }

    /// The bytes of the fixture (empty for the directory).
    var data: Data { isDirectory ? Data() : FileManager.default.contents(atPath: path) ?? Data() }

    /// Loads and validates the fixture as `file`, the way `amparo validate` does.
    func diagnostics() -> [Diagnostic] {
        let loaded = isDirectory ? FlowLoader.load(file: path, limits: limits)
                                 : FlowLoader.load(data: data, file: file, limits: limits)
        let validator = FlowValidator(context: ValidationContext(today: DiagnosticFixture.today,
                                                                 answerSearchBudget: searchBudget))
        let all = (loaded.diagnostics + loaded.flows.flatMap(validator.validate)).sortedByPosition()
        return all.map { diagnostic in
            var renamed = diagnostic
            renamed.location.file = file
            return renamed
        }
    }

    /// The output `amparo validate` prints for the fixture (without the summary line).
    func renderedOutput() -> String {
        var renderer = DiagnosticRenderer()
        if !isDirectory, data.count <= limits.maximumFileSize, let text = String(data: data, encoding: .utf8) {
            renderer.addSource(text, for: file)
        }
        return diagnostics().map(renderer.render).joined(separator: "\n")
    }
}
