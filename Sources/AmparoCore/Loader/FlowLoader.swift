import Foundation

/// Loads flow files: raw-input guards, YAML parsing (libyaml events into a `YAMLTree`), then
/// decoding with positions. Never throws and never crashes on bad input: every problem becomes a
/// located diagnostic.
public enum FlowLoader {
    /// Loads YAML text as if read from `file`.
    public static func load(yaml text: String, file: String, limits: InputLimits = .standard) -> FlowLoadResult {
        load(data: Data(text.utf8), file: file, limits: limits)
    }

    /// Loads file bytes as if read from `file`.
    public static func load(data: Data, file: String, limits: InputLimits = .standard) -> FlowLoadResult {
        var result = FlowLoadResult(flows: [], diagnostics: [], files: [file])
        let bytes: Data
        switch InputGuard.check(data, file: file, limits: limits) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let checked):
            bytes = checked
        }
        let tree: YAMLTree
        switch YAMLDocument.parse(bytes, file: file, maximumNesting: limits.maximumNesting) {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
            return result
        case .success(let parsed):
            tree = parsed
        }
        guard let root = tree.root else {
            result.diagnostics = [Diagnostic(.emptyFile, "the file holds no flow (it is empty or only comments)",
                                             at: SourceLocation(file: file, line: 1, column: 1))]
            return result
        }
        let reader = NodeReader(bytes: bytes, tree: tree)
        if let flow = FlowDecoder(reader: reader).decode(root) {
            result.flows = [flow]
        }
        result.diagnostics = reader.diagnostics
        return result
    }

    /// Loads one file.
    public static func load(file: String, limits: InputLimits = .standard) -> FlowLoadResult {
        let url = URL(fileURLWithPath: file)
        // stat(2), not FileManager.attributesOfItem: that also looks up the owner's name, which
        // makes glibc try the nscd socket, and the kiosk's no-writes test forbids any connect.
        var info = stat()
        if stat(file, &info) == 0, Int(info.st_size) > limits.maximumFileSize {
            let size = Int(info.st_size)
            // Refuse without reading the file into memory.
            return FlowLoadResult(flows: [], diagnostics: [InputGuard.tooLarge(size: size, file: file, limits: limits)], files: [file])
        }
        guard let data = try? Data(contentsOf: url) else {
            return FlowLoadResult(flows: [], diagnostics: [
                Diagnostic(.unreadableFile, "cannot read the file", at: SourceLocation(file: file, line: 1, column: 1)),
            ], files: [file])
        }
        return load(data: data, file: file, limits: limits)
    }

    /// Loads every `*.yaml` and `*.yml` file of a directory, in name order.
    public static func load(directory: String, limits: InputLimits = .standard) -> FlowLoadResult {
        var result = FlowLoadResult(flows: [], diagnostics: [], files: [])
        for file in yamlFiles(in: directory) {
            let loaded = load(file: file, limits: limits)
            result.flows += loaded.flows
            result.diagnostics += loaded.diagnostics
            result.files += loaded.files
        }
        return result
    }

    /// The `*.yaml` and `*.yml` files of a directory, sorted by name.
    public static func yamlFiles(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (directory as NSString).appendingPathComponent($0) }
    }
}
