import Yams

/// A composed YAML document. It keeps the Yams parser alive while the flow is decoded, because
/// nodes hold their anchors weakly and anchors are how aliases are detected and refused.
struct YAMLDocument {
    let parser: Parser
    let root: Node?

    /// Parses `text`, or returns the syntax error as a located diagnostic.
    static func parse(_ text: String, file: String) -> Result<YAMLDocument, Diagnostic> {
        do {
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            let root = try parser.singleRoot()
            return .success(YAMLDocument(parser: parser, root: root))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, file: file, text: text))
        } catch {
            return .failure(Diagnostic(.yamlSyntax, "\(error)", at: SourceLocation(file: file, line: 1, column: 1)))
        }
    }

    private static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column))
        }
        func message(_ problem: String, _ context: YamlError.Context?) -> String {
            if problem == "mapping values are not allowed in this context" {
                return problem + "; quote text that contains ': '"
            }
            if problem.contains("tab character") || (problem.contains("cannot start any token") && text.contains("\t")) {
                return problem + "; YAML indents with spaces, not tabs"
            }
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let code: DiagnosticCode = problem.contains("nesting level") ? .nestingTooDeep : .yamlSyntax
            return Diagnostic(code, message(problem, context), at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let first = at(context.mark)
            guard let key = duplicates.first, let repeated = repeatedKey(key, after: first, in: text) else {
                return Diagnostic(.yamlSyntax, "duplicate key \(keys) in one mapping", at: first)
            }
            return Diagnostic(.yamlSyntax, "duplicate key \(keys) in one mapping", at: repeated,
                              notes: ["note: first written at \(first)"])
        case .reader(let problem, _, _, _):
            return Diagnostic(.invalidEncoding, problem, at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return Diagnostic(.yamlSyntax, "\(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Where a block-mapping key is written again, at the same column, after its first place.
    private static func repeatedKey(_ key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = LineIndex(text)
        var number = first.line + 1
        while let line = lines.line(number) {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " || $0 == "-" }.count
            if indent < first.column - 1, !scalars.allSatisfy({ $0 == " " }), scalars.first != "#" { return nil }
            let rest = String(String.UnicodeScalarView(scalars.dropFirst(first.column - 1)))
            if indent == first.column - 1, rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") {
                return SourceLocation(file: first.file, line: number, column: first.column)
            }
            number += 1
        }
        return nil
    }
}
