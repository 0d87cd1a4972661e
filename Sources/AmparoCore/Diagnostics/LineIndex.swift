/// The lines of a text, found on demand: one fast pass records where each line starts, and a
/// line is cut out only when asked for (snippets and condition columns need a few lines of
/// multi-megabyte files).
struct LineIndex: Sendable {
    private let text: String
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        let utf8 = text.utf8
        // A plain loop over the contiguous bytes: `firstIndex(of:)` on the view ran about 30
        // instructions a byte. (Native strings are contiguous; the fallback is for bridged ones.)
        let offsets = utf8.withContiguousStorageIfAvailable { bytes in
            var offsets = [0]
            for position in bytes.indices where bytes[position] == UInt8(ascii: "\n") {
                offsets.append(position + 1)
            }
            return offsets
        }
        if let offsets {
            starts = offsets.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        } else {
            var starts = [text.startIndex]
            var index = utf8.startIndex
            while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
                index = utf8.index(after: newline)
                starts.append(index)
            }
            self.starts = starts
        }
    }

    /// The line with this number (from 1), without its line break.
    func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = number < starts.count ? text.utf8.index(before: starts[number]) : text.endIndex
        return text[start..<end]
    }
}
