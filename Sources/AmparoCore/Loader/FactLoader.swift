import Foundation

/// Loads the fact base, `Facts/`:
///
/// - `Facts/sources.yaml`: `sources:`, every source written once;
/// - `Facts/attorney-review.yaml`: `attorney-review:`, `none` or the record of a review;
/// - every other `Facts/*.yaml`: `facts:`, the facts of one topic.
///
/// Like ``FlowLoader`` it never throws: every problem is a located diagnostic.
public enum FactLoader {
    /// The file that holds the sources.
    public static let sourcesFile = "sources.yaml"
    /// The file that holds the attorney-review record (left out of the reviewed digest).
    public static let reviewFile = "attorney-review.yaml"

    /// Loads every `*.yaml` file of `directory` (a missing folder is an empty fact base).
    public static func load(directory: String, limits: InputLimits = .standard) -> FactLoadResult {
        var parts: [(file: String, data: Data)] = []
        var diagnostics: [Diagnostic] = []
        for file in ContentDocument.yamlFiles(in: directory) {
            switch ContentDocument.read(file: file, limits: limits) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let data): parts.append((file, data))
            }
        }
        var result = load(files: parts, limits: limits)
        result.diagnostics = (diagnostics + result.diagnostics).sortedByPosition()
        return result
    }

    /// Loads files given as bytes, each as if read from its path; the kind of each file is
    /// decided by its name, as in a `Facts/` folder.
    public static func load(files: [(file: String, data: Data)], limits: InputLimits = .standard) -> FactLoadResult {
        var facts: [Fact] = [], sources: [Source] = [], review = AttorneyReview.none
        var diagnostics: [Diagnostic] = []
        for (file, data) in files {
            let name = (file as NSString).lastPathComponent
            let key: FlowKey = name == sourcesFile ? .sources : name == reviewFile ? .attorneyReview : .facts
            switch ContentDocument.parse(data, file: file, limits: limits, holds: key.name) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let (reader, root)):
                if let fields = reader.mapping(root, MappingSubject("the", "file"), keys: [key]),
                   let node = reader.required(fields, key) {
                    switch key {
                    case .sources: sources += list(node, reader: reader) { SourceDecoder(reader: reader).decode($0) }
                    case .attorneyReview: review = ReviewDecoder(reader: reader).decode(node)
                    default: facts += list(node, reader: reader) { FactDecoder(reader: reader).decode($0) }
                    }
                }
                diagnostics += reader.diagnostics
            }
        }
        let base = FactBase(facts: facts, sources: sources, review: review, files: files.map(\.file))
        return FactLoadResult(base: base, diagnostics: diagnostics)
    }

    /// The `Facts/` folder beside the `Flows/` folder that holds `flowFile`, or `nil` when the
    /// file is not in a `Flows/` folder with a `Facts/` beside it.
    public static func directory(forFlowAt flowFile: String) -> String? {
        let flows = (flowFile as NSString).deletingLastPathComponent
        guard (flows as NSString).lastPathComponent == "Flows" else { return nil }
        let beside = ((flows as NSString).deletingLastPathComponent as NSString).appendingPathComponent("Facts")
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: beside, isDirectory: &isDirectory) && isDirectory.boolValue ? beside : nil
    }

    private static func list<T>(_ node: YAMLNode, reader: NodeReader, _ decode: (YAMLNode) -> T?) -> [T] {
        guard let items = reader.sequence(node, what: "the list") else { return [] }
        return items.decodeAll(decode)
    }
}
