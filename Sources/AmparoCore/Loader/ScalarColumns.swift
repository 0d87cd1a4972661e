/// Maps an offset inside a scalar's value (in Unicode scalars) to its position in the file, so a
/// condition error can point at the exact column. Exact for one-line plain, single-quoted and
/// double-quoted scalars; a value that spans lines maps to its first line.
struct ScalarColumns {
    private var columns: [Int] = []
    private let start: SourceLocation
    /// Where the value's first character sits, when its characters sit one per column from
    /// there (plain, or single-quoted with no `''`): no table needed.
    private let firstColumn: Int?

    /// `line` is the text of the scalar's first line; only quoted scalars with escapes need it,
    /// so it is asked for only then.
    init(style: YAMLTree.ScalarStyle, value: String, start: SourceLocation, line: () -> Substring?) {
        self.start = start
        switch style {
        case .plain: firstColumn = start.column
        case .singleQuoted where !value.utf8.contains(UInt8(ascii: "'")): firstColumn = start.column + 1
        default: firstColumn = nil
        }
        guard firstColumn == nil, style == .singleQuoted || style == .doubleQuoted, let line = line() else { return }
        let raw = Array(line.unicodeScalars.dropFirst(start.column - 1))
        switch style {
        case .singleQuoted:
            var index = 1
            while index < raw.count {
                if raw[index] == "'" {
                    guard index + 1 < raw.count, raw[index + 1] == "'" else { break }
                    columns.append(start.column + index)
                    index += 2
                } else {
                    columns.append(start.column + index)
                    index += 1
                }
            }
        case .doubleQuoted:
            var index = 1
            while index < raw.count, raw[index] != "\"" {
                columns.append(start.column + index)
                if raw[index] == "\\", index + 1 < raw.count {
                    switch raw[index + 1] {
                    case "x": index += 4
                    case "u": index += 6
                    case "U": index += 10
                    default: index += 2
                    }
                } else {
                    index += 1
                }
            }
        case .plain, .literal, .folded:
            break  // not reached: handled by `firstColumn` or the guard
        }
    }

    /// The file position of the value's `offset`-th Unicode scalar.
    func locate(_ offset: Int) -> SourceLocation {
        if let firstColumn { return SourceLocation(file: start.file, line: start.line, column: firstColumn + offset) }
        guard !columns.isEmpty else { return start }
        if offset < columns.count {
            return SourceLocation(file: start.file, line: start.line, column: columns[offset])
        }
        return SourceLocation(file: start.file, line: start.line,
                              column: columns[columns.count - 1] + offset - columns.count + 1)
    }
}
