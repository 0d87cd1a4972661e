import Foundation

/// The steps every content file (a flow, a file of `Facts/`) goes through before it is decoded:
/// raw-input guards, then YAML parsing into a tree. Every problem is one located diagnostic.
enum ContentDocument {
    /// A reader over the parsed file and its root node, or the one diagnostic that stops it.
    /// `holds` names what the file should hold, for the "empty" message ("flow", "facts").
    static func parse(_ data: Data, file: String, limits: InputLimits, holds: String) -> Result<(NodeReader, YAMLNode), Diagnostic> {
        let bytes: Data
        switch InputGuard.check(data, file: file, limits: limits) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let checked): bytes = checked
        }
        let tree: YAMLTree
        switch YAMLDocument.parse(bytes, file: file, maximumNesting: limits.maximumNesting) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let parsed): tree = parsed
        }
        guard let root = tree.root else {
            return .failure(Diagnostic(.emptyFile, "the file holds no \(holds) (it is empty or only comments)",
                                       at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return .success((NodeReader(bytes: bytes, tree: tree, limits: limits), root))
    }

    /// The file's bytes, or the diagnostic that refuses it: too large (refused without being
    /// read) or unreadable.
    static func read(file: String, limits: InputLimits) -> Result<Data, Diagnostic> {
        // stat(2), not FileManager.attributesOfItem: that also looks up the owner's name, which
        // makes glibc try the nscd socket, and the kiosk's no-writes test forbids any connect.
        var info = stat()
        if stat(file, &info) == 0, Int(info.st_size) > limits.maximumFileSize {
            return .failure(InputGuard.tooLarge(size: Int(info.st_size), file: file, limits: limits))
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else {
            return .failure(Diagnostic(.unreadableFile, "cannot read the file", at: SourceLocation(file: file, line: 1, column: 1)))
        }
        return .success(data)
    }

    /// The `*.yaml` and `*.yml` files of a directory, sorted by name.
    static func yamlFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
