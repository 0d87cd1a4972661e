/// Estimates YAML nesting depth from the text alone, so that absurdly deep input is refused
/// before the (recursive) composer sees it. It counts block indentation levels plus compact
/// `- `/`? ` indicators, and open flow brackets outside quotes and comments. It may overestimate
/// (deep indentation inside a block scalar) but never misses real nesting.
enum NestingScanner {
    static func firstTooDeep(_ text: String, limit: Int) -> (line: Int, column: Int)? {
        var indents: [Int] = []
        var flowDepth = 0
        var quote: Unicode.Scalar?
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let scalars = Array(line.unicodeScalars)
            var index = 0
            if flowDepth == 0, quote == nil {
                while index < scalars.count, scalars[index] == " " { index += 1 }
                if index == scalars.count || scalars[index] == "#" || scalars[index] == "\r" { continue }
                while let last = indents.last, last > index { indents.removeLast() }
                if indents.last != index { indents.append(index) }
                var compact = 0
                while index + 1 < scalars.count, scalars[index] == "-" || scalars[index] == "?",
                      scalars[index + 1] == " " {
                    compact += 1
                    index += 2
                    while index < scalars.count, scalars[index] == " " { index += 1 }
                }
                if indents.count + compact > limit { return (lineNumber, index + 1) }
            }
            var atValueStart = true
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote {
                    if scalar == "\\", open == "\"" { index += 1 } else if scalar == open { quote = nil }
                } else if scalar == "#", index == 0 || scalars[index - 1] == " " {
                    break
                } else if (scalar == "\"" || scalar == "'") && (flowDepth > 0 || atValueStart) {
                    quote = scalar
                } else if (scalar == "[" || scalar == "{") && (flowDepth > 0 || atValueStart) {
                    flowDepth += 1
                    if indents.count + flowDepth > limit { return (lineNumber, index + 1) }
                } else if (scalar == "]" || scalar == "}") && flowDepth > 0 {
                    flowDepth -= 1
                }
                if scalar != " " {
                    atValueStart = flowDepth > 0 && (scalar == "[" || scalar == "{" || scalar == "," || scalar == ":")
                        || (scalar == ":" || scalar == "-") && index + 1 < scalars.count && scalars[index + 1] == " "
                }
                index += 1
            }
            if quote != nil, flowDepth == 0 { quote = nil }
        }
        return nil
    }
}
