/// The small subset of C format strings that interface strings use: `%d`, `%s`, `%%`, and the
/// positional forms `%1$d`, `%2$s` that translators may use to reorder arguments.
///
/// Formatting never traps: a directive with no matching argument is left as it is.
public enum CFormat {
    /// One `%` directive: which argument it takes (0-based) and its conversion letter.
    public struct Directive: Sendable, Hashable {
        /// The 0-based index of the argument the directive takes.
        public let argument: Int
        /// The conversion letter: `d` or `s` (or another letter, which checks report).
        public let conversion: Character
    }

    /// True when `text` contains at least one directive other than `%%`.
    public static func hasDirectives(_ text: String) -> Bool {
        !directives(in: text).isEmpty
    }

    /// The directives in `text`, in the order they appear.
    public static func directives(in text: String) -> [Directive] {
        var result: [Directive] = []
        scan(text) { directive in
            if let directive { result.append(directive) }
            return ""
        }
        return result
    }

    /// The conversions of `text` by argument index (`[0: "d", 1: "s"]`), used to check that a
    /// translation takes the same arguments as its English.
    public static func signature(of text: String) -> [Int: Character] {
        var result: [Int: Character] = [:]
        for directive in directives(in: text) { result[directive.argument] = directive.conversion }
        return result
    }

    /// Puts `arguments` into `template`.
    public static func format(_ template: String, _ arguments: [FormatArgument]) -> String {
        scan(template) { directive in
            guard let directive else { return "%" }
            guard arguments.indices.contains(directive.argument) else { return nil }
            return arguments[directive.argument].rendered
        }
    }

    /// Walks `text`, replacing each directive by what `replacement` returns (`nil` keeps the
    /// directive's own text). `replacement(nil)` is asked for `%%`.
    @discardableResult
    private static func scan(_ text: String, _ replacement: (Directive?) -> String?) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var nextSequential = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "%", index + 1 < scalars.count else {
                output.append(scalar)
                index += 1
                continue
            }
            if scalars[index + 1] == "%" {
                output.append(contentsOf: (replacement(nil) ?? "%%").unicodeScalars)
                index += 2
                continue
            }
            var cursor = index + 1
            var digits = 0
            var position: Int?
            while cursor < scalars.count, digits < 4, ("0"..."9").contains(scalars[cursor]) {
                position = (position ?? 0) * 10 + Int(scalars[cursor].value - 48)
                digits += 1
                cursor += 1
            }
            if let explicit = position, explicit > 0, cursor < scalars.count, scalars[cursor] == "$" {
                position = explicit - 1
                cursor += 1
            } else {
                position = nil
                cursor = index + 1
            }
            guard cursor < scalars.count, scalars[cursor].properties.isAlphabetic else {
                output.append(scalar)
                index += 1
                continue
            }
            let argument = position ?? nextSequential
            if position == nil { nextSequential += 1 }
            let directive = Directive(argument: argument, conversion: Character(scalars[cursor]))
            if let text = replacement(directive) {
                output.append(contentsOf: text.unicodeScalars)
            } else {
                output.append(contentsOf: scalars[index...cursor])
            }
            index = cursor + 1
        }
        return String(output)
    }
}
