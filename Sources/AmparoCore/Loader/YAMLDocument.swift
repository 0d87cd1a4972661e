import Foundation

/// Parses a flow file's text into a `YAMLTree`, turning libyaml's complaints into located
/// diagnostics with advice for the common mistakes (a tab, an unquoted ': ').
enum YAMLDocument {
    /// Parses `bytes`, or returns the first problem as a located diagnostic: bytes that are not
    /// UTF-8 first (libyaml stops at them), then the syntax error. Mapping keys that are flow
    /// keys get their `FlowKey` symbol.
    static func parse(_ bytes: Data, file: String, maximumNesting: Int) -> Result<YAMLTree, Diagnostic> {
        let built = bytes.withUnsafeBytes {
            YAMLTreeBuilder.build($0.bindMemory(to: UInt8.self), file: file, maximumNesting: maximumNesting, keySymbols: flowKeys)
        }
        switch built {
        case .success(let tree):
            return .success(tree)
        case .failure(let failure):
            if let encoding = InputGuard.encodingProblem(in: bytes, file: file) { return .failure(encoding) }
            return .failure(diagnostic(for: failure, file: file, bytes: bytes, maximumNesting: maximumNesting))
        }
    }

    private static let flowKeys = YAMLKeySymbols(FlowKey.names)

    private static func diagnostic(for failure: YAMLParseFailure, file: String, bytes: Data,
                                   maximumNesting: Int) -> Diagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: max(1, line), column: max(1, column))
        }
        switch failure {
        case .syntax(let problem, let line, let column, _) where problem.hasPrefix("Maximum nesting level"):
            // libyaml's own limit (1,000 levels, counting brackets its scanner has read ahead):
            // a long run of '[' or '{' stops here, where the deep part begins.
            return Diagnostic(.nestingTooDeep, "nesting deeper than \(maximumNesting) levels", at: at(line, column))
        case .syntax(let problem, let line, let column, let context):
            return Diagnostic(.yamlSyntax, message(problem, context, hasTabs: bytes.contains(0x09)), at: at(line, column))
        case .reader(let problem, let offset):
            // Valid UTF-8 that YAML still refuses (U+FFFE, a C1 control character).
            return Diagnostic(.invalidEncoding, "\(problem); a flow must be printable text",
                              at: InputGuard.location(ofByte: min(offset, bytes.count), in: bytes, file: file))
        case .duplicateKey(let key, let line, let column, let firstLine, let firstColumn):
            return Diagnostic(.yamlSyntax, "duplicate key '\(key)' in one mapping", at: at(line, column),
                              notes: ["note: first written at \(at(firstLine, firstColumn))"])
        case .alias(let line, let column):
            return Diagnostic(.aliasNotAllowed, NodeReader.aliasMessage, at: at(line, column))
        case .tooDeep(let line, let column):
            return Diagnostic(.nestingTooDeep, "nesting deeper than \(maximumNesting) levels",
                              at: at(line, column))
        }
    }

    private static func message(_ problem: String, _ context: YAMLParseFailure.Context?, hasTabs: Bool) -> String {
        if problem == "mapping values are not allowed in this context" {
            return problem + "; quote text that contains ': '"
        }
        if problem.contains("tab character") || (problem.contains("cannot start any token") && hasTabs) {
            return problem + "; YAML indents with spaces, not tabs"
        }
        guard let context else { return problem }
        return "\(problem) (\(context.text) at line \(context.line), column \(context.column))"
    }
}
