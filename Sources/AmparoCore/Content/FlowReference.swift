import Foundation

/// Finds the flow a command names: a path to a YAML file, or the id of a flow in the content
/// directory's `Flows/` (`workplace-raid` → `Flows/workplace-raid.yaml`, else any file whose
/// `id:` matches), loaded on its fact base (`Facts/` beside its `Flows/`, else the content's).
public enum FlowReference {
    /// What came of looking a flow up.
    public enum Lookup: Sendable {
        /// The flow, and any warnings the loader reported.
        case found(Flow, warnings: [Diagnostic])
        /// The file or id could not be found; the message says where it looked and what exists.
        case notFound(String)
        /// The file has errors.
        case invalid([Diagnostic])
    }

    /// Loads the flow `argument` names, looking for ids in `content` (when known).
    public static func load(_ argument: String, content: ContentDirectory?) -> Lookup {
        let looksLikePath = argument.hasSuffix(".yaml") || argument.hasSuffix(".yml") || argument.contains("/")
        if looksLikePath || FileManager.default.fileExists(atPath: argument) && !isDirectory(argument) {
            guard FileManager.default.fileExists(atPath: argument) else {
                return .notFound("no such file: \(argument)")
            }
            let facts = facts(FactLoader.directory(forFlowAt: argument) ?? content?.facts)
            if facts.hasErrors { return .invalid(facts.diagnostics) }
            return lookup(FlowLoader.load(file: argument, facts: facts.base), id: nil, argument: argument, content: content)
        }
        guard let content else {
            return .notFound("no flow '\(argument)': no content directory was found (use --content DIR)")
        }
        let facts = facts(content.facts)
        if facts.hasErrors { return .invalid(facts.diagnostics) }
        let direct = (content.flows as NSString).appendingPathComponent(argument + ".yaml")
        if FileManager.default.fileExists(atPath: direct) {
            let result = FlowLoader.load(file: direct, facts: facts.base)
            if result.hasErrors { return .invalid(result.diagnostics) }
            if result.flows.contains(where: { $0.id == argument }) {
                return lookup(result, id: argument, argument: argument, content: content)
            }
        }
        return lookup(FlowLoader.load(directory: content.flows, facts: facts.base), id: argument, argument: argument, content: content)
    }

    /// The fact base in `directory` (none: an empty one, on which every card's facts are unknown).
    private static func facts(_ directory: String?) -> FactLoadResult {
        directory.map { FactLoader.load(directory: $0) } ?? FactLoadResult(base: .empty, diagnostics: [])
    }

    private static func lookup(_ result: FlowLoadResult, id: String?, argument: String,
                               content: ContentDirectory?) -> Lookup {
        let matching = id.map { id in result.flows.filter { $0.id == id } } ?? result.flows
        guard let flow = matching.first else {
            if id == nil, result.hasErrors { return .invalid(result.diagnostics) }
            let known = result.flows.map(\.id).sorted()
            let suggestion = EditDistance.suggestion(for: argument, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            let place = content.map { " in \($0.flows)" } ?? ""
            return .notFound("no flow '\(argument)'\(place)\(suggestion); flows: "
                + (known.isEmpty ? "none" : known.joined(separator: ", ")))
        }
        let own = result.diagnostics.filter { $0.location.file == flow.location.file }
        if own.contains(where: { $0.severity == .error }) { return .invalid(own) }
        return .found(flow, warnings: own)
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
