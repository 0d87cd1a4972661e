/// Byte-level helpers for one line of a PO file (UTF-8, already validated): spaces, words,
/// the scalar at a position, and the 1-based column (in Unicode scalars) that diagnostics show.
enum POLineScanner {
    /// True for the spaces a PO line may have between its parts.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    /// The first index at or after `start` that is not a space.
    static func skipSpaces(_ line: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < line.endIndex, isSpace(line[index]) { index += 1 }
        return index
    }

    /// The keyword (ASCII letters and `_`) at `start`, and the index after it.
    static func readWord(_ line: ArraySlice<UInt8>, from start: Int) -> (String, Int) {
        var end = start
        while end < line.endIndex {
            let byte = line[end]
            guard byte == 0x5F || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) else { break }
            end += 1
        }
        return (String(decoding: line[start..<end], as: UTF8.self), end)
    }

    /// The one-scalar text that starts at byte `index`.
    static func scalar(in line: ArraySlice<UInt8>, at index: Int) -> String {
        var end = index + 1
        while end < line.endIndex, line[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: line[index..<end], as: UTF8.self)
    }

    /// The 1-based column, counted in Unicode scalars, of byte `index`.
    static func column(in line: ArraySlice<UInt8>, at index: Int) -> Int {
        var scalars = 0
        for byte in line[line.startIndex..<min(index, line.endIndex)] where byte & 0xC0 != 0x80 { scalars += 1 }
        return scalars + 1 + max(0, index - line.endIndex)
    }

    /// The number of valid scalars before the first invalid UTF-8 sequence, or `nil` when the
    /// whole line is valid UTF-8. ASCII lines are checked without decoding.
    static func invalidUTF8Offset(_ line: ArraySlice<UInt8>) -> Int? {
        guard let firstWide = line.firstIndex(where: { $0 >= 0x80 }) else { return nil }
        var scalars = firstWide - line.startIndex
        var iterator = line[firstWide...].makeIterator()
        var decoder = Unicode.UTF8.ForwardParser()
        while true {
            switch decoder.parseScalar(from: &iterator) {
            case .valid: scalars += 1
            case .emptyInput: return nil
            case .error: return scalars
            }
        }
    }

    /// The text from `start` to the end of the line, trimmed of spaces and tabs at both ends.
    static func trimmedText(_ line: ArraySlice<UInt8>, from start: Int, to end: Int) -> String {
        var first = start
        var last = end
        while first < last, line[first] == 0x20 || line[first] == 0x09 { first += 1 }
        while last > first, line[last - 1] == 0x20 || line[last - 1] == 0x09 { last -= 1 }
        return String(decoding: line[first..<last], as: UTF8.self)
    }
}
