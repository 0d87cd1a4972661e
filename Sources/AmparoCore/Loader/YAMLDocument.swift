/// Parses a flow file's text into a `YAMLTree`, turning libyaml's complaints into located
/// diagnostics with advice for the common mistakes (a tab, an unquoted ': ').
enum YAMLDocument {
    /// Parses `text`, or returns the syntax error as a located diagnostic. Mapping keys that are
    /// flow keys get their `FlowKey` symbol.
    static func parse(_ text: String, file: String, maximumNesting: Int) -> Result<YAMLTree, Diagnostic> {
        var text = text
        let built = text.withUTF8 { YAMLTreeBuilder.build($0, maximumNesting: maximumNesting, keySymbols: flowKeys) }
        switch built {
        case .success(let tree):
            return .success(tree)
        case .failure(let failure):
            return .failure(diagnostic(for: failure, file: file, text: text, maximumNesting: maximumNesting))
        }
    }

    private static let flowKeys = YAMLKeySymbols(FlowKey.names)

    private static func diagnostic(for failure: YAMLParseFailure, file: String, text: String,
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
            return Diagnostic(.yamlSyntax, message(problem, context, text: text), at: at(line, column))
        case .reader(let problem):
            return Diagnostic(.invalidEncoding, problem, at: at(1, 1))
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

    private static func message(_ problem: String, _ context: YAMLParseFailure.Context?, text: String) -> String {
        if problem == "mapping values are not allowed in this context" {
            return problem + "; quote text that contains ': '"
        }
        if problem.contains("tab character") || (problem.contains("cannot start any token") && text.contains("\t")) {
            return problem + "; YAML indents with spaces, not tabs"
        }
        guard let context else { return problem }
        return "\(problem) (\(context.text) at line \(context.line), column \(context.column))"
    }
}
