import Foundation

/// Loads flow files: raw-input guards, YAML parsing (libyaml events into a `YAMLTree`), then
/// decoding with positions. Never throws and never crashes on bad input: every problem becomes a
/// located diagnostic. Each flow carries the fact base it is loaded with (`Facts/`, read by
/// ``FactLoader``); without one its cards' facts are unknown, which the validator reports.
public enum FlowLoader {
    /// Loads YAML text as if read from `file`.
    public static func load(yaml text: String, file: String, facts: FactBase = .empty,
                            limits: InputLimits = .standard) -> FlowLoadResult {
        load(data: Data(text.utf8), file: file, facts: facts, limits: limits)
    }

    /// Loads file bytes as if read from `file`.
    public static func load(data: Data, file: String, facts: FactBase = .empty,
                            limits: InputLimits = .standard) -> FlowLoadResult {
        var result = FlowLoadResult(flows: [], diagnostics: [], files: [file])
        switch ContentDocument.parse(data, file: file, limits: limits, holds: "flow") {
        case .failure(let diagnostic):
            result.diagnostics = [diagnostic]
        case .success(let (reader, root)):
            if let flow = FlowDecoder(reader: reader, factBase: facts).decode(root) {
                result.flows = [flow]
            }
            result.diagnostics = reader.diagnostics
        }
        return result
    }

    /// Loads one file.
    public static func load(file: String, facts: FactBase = .empty, limits: InputLimits = .standard) -> FlowLoadResult {
        switch ContentDocument.read(file: file, limits: limits) {
        case .failure(let diagnostic): return FlowLoadResult(flows: [], diagnostics: [diagnostic], files: [file])
        case .success(let data): return load(data: data, file: file, facts: facts, limits: limits)
        }
    }

    /// Loads every `*.yaml` and `*.yml` file of a directory, in name order.
    public static func load(directory: String, facts: FactBase = .empty, limits: InputLimits = .standard) -> FlowLoadResult {
        var result = FlowLoadResult(flows: [], diagnostics: [], files: [])
        for file in yamlFiles(in: directory) {
            let loaded = load(file: file, facts: facts, limits: limits)
            result.flows += loaded.flows
            result.diagnostics += loaded.diagnostics
            result.files += loaded.files
        }
        return result
    }

    /// The `*.yaml` and `*.yml` files of a directory, sorted by name.
    public static func yamlFiles(in directory: String) -> [String] {
        ContentDocument.yamlFiles(in: directory)
    }
}
