/// Reads YAML text line by line before any parsing, to refuse two kinds of hostile input
/// cheaply: nesting deeper than a limit (the composer recurses), and anchors or aliases (an
/// alias bomb, and Yams hashes aliased mapping keys in full, which takes exponential time).
///
/// It tracks block indentation, compact `- `/`? ` indicators, flow brackets, quotes, comments and
/// block scalars (`|`, `>`), so text inside quotes or block scalars is not mistaken for either.
/// It may overestimate depth (deep indentation inside a block scalar is skipped, not counted).
struct PreScanner {
    enum Finding: Equatable {
        case tooDeep(line: Int, column: Int)
        case alias(line: Int, column: Int)
    }

    let limit: Int
    private var indents: [Int] = []
    private var flowDepth = 0
    private var quote: Unicode.Scalar?
    private var blockScalarIndent: Int?

    init(limit: Int) { self.limit = limit }

    static func scan(_ text: String, limit: Int) -> Finding? {
        var scanner = PreScanner(limit: limit)
        var lineNumber = 0
        // Every character the scanner looks at is ASCII, and UTF-8 never uses an ASCII byte
        // inside a multi-byte character, so it reads bytes (each as the scalar of the same
        // value) and converts the column to Unicode scalars only when it reports.
        // One pass over the bytes, each line a view of them (a generic `firstIndex(of:)` and a
        // new scalar array per line cost more than the scanning itself).
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for end in 0...buffer.count where end == buffer.count || buffer[end] == UInt8(ascii: "\n") {
                lineNumber += 1
                if let finding = scanner.scanLine(ByteLine(buffer, start: start, end: end), lineNumber) {
                    return finding.inScalarColumns(of: bytes[start..<end])
                }
                start = end + 1
            }
            return nil
        }
    }

    private mutating func scanLine(_ scalars: ByteLine, _ lineNumber: Int) -> Finding? {
        var index = 0
        while index < scalars.count, scalars[index] == " " { index += 1 }
        let blank = index == scalars.count || scalars[index] == "\r"
        if let parent = blockScalarIndent {
            if blank || index > parent { return nil }
            blockScalarIndent = nil
        }
        if flowDepth == 0, quote == nil {
            if blank || scalars[index] == "#" { return nil }
            while let last = indents.last, last > index { indents.removeLast() }
            if indents.last != index { indents.append(index) }
            if indents.count > limit { return .tooDeep(line: lineNumber, column: index + 1) }
            var depth = indents.count
            while index + 1 < scalars.count, scalars[index] == "-" || scalars[index] == "?", scalars[index + 1] == " " {
                depth += 1
                if depth > limit { return .tooDeep(line: lineNumber, column: index + 1) }
                index += 2
                while index < scalars.count, scalars[index] == " " { index += 1 }
            }
        }
        let lineIndent = indents.last ?? 0
        var atValueStart = quote == nil
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == "\\", open == "\"" { index += 1 } else if scalar == open { quote = nil }
                index += 1
                continue
            }
            if scalar == "#", index == 0 || scalars[index - 1] == " " { break }
            if atValueStart, scalar == "&" || scalar == "*",
               index + 1 < scalars.count, !" ,[]{}\r".unicodeScalars.contains(scalars[index + 1]) {
                return .alias(line: lineNumber, column: index + 1)
            }
            if (scalar == "\"" || scalar == "'") && atValueStart {
                quote = scalar
            } else if (scalar == "[" || scalar == "{") && (flowDepth > 0 || atValueStart) {
                flowDepth += 1
                if indents.count + flowDepth > limit { return .tooDeep(line: lineNumber, column: index + 1) }
            } else if (scalar == "]" || scalar == "}") && flowDepth > 0 {
                flowDepth -= 1
            }
            if scalar != " " && scalar != "\r" {
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                atValueStart = (flowDepth > 0 && "[{,".unicodeScalars.contains(scalar))
                    || ((scalar == ":" || scalar == "-" || scalar == "?") && (next == " " || next == "\r"))
                    || (flowDepth > 0 && scalar == ":")
            }
            index += 1
        }
        if quote != nil, flowDepth == 0 { quote = nil }
        if flowDepth == 0, isBlockScalarHeader(scalars) {
            blockScalarIndent = lineIndent
        }
        return nil
    }

    /// Whether the line ends (before any comment) with a block scalar header: `|` or `>` right
    /// after `key:` or `-`, with optional chomping and indentation indicators.
    private func isBlockScalarHeader(_ scalars: ByteLine) -> Bool {
        var end = scalars.count
        if let comment = scalars.indices.first(where: { scalars[$0] == "#" && $0 > 0 && scalars[$0 - 1] == " " }) {
            end = comment
        }
        while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\r" { end -= 1 }
        var marker = end - 1
        while marker >= 0, marker >= end - 3, scalars[marker] == "+" || scalars[marker] == "-"
                || ("0"..."9").contains(scalars[marker]) {
            marker -= 1
        }
        guard marker >= 0, scalars[marker] == "|" || scalars[marker] == ">" else { return false }
        var before = marker - 1
        while before >= 0, scalars[before] == " " { before -= 1 }
        guard before < marker - 1 || before < 0 else { return false }
        if before < 0 { return true }
        if scalars[before] == ":" || scalars[before] == "?" { return true }
        return scalars[before] == "-" && (before == 0 || scalars[before - 1] == " ")
    }
}

private extension PreScanner.Finding {
    /// The finding with its column counted in Unicode scalars instead of bytes.
    func inScalarColumns(of line: ArraySlice<UInt8>) -> PreScanner.Finding {
        func scalars(before column: Int) -> Int {
            line.prefix(column - 1).filter { $0 & 0xC0 != 0x80 }.count + 1
        }
        switch self {
        case .tooDeep(let line, let column): return .tooDeep(line: line, column: scalars(before: column))
        case .alias(let line, let column): return .alias(line: line, column: scalars(before: column))
        }
    }
}
