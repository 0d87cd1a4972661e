/// A table of known mapping keys, matched against a key's bytes as the tree is built: the
/// symbol of a name is its place in the table plus one (0 is "not a known key").
struct YAMLKeySymbols {
    /// For each byte length, the names of that length and their symbols.
    private let byLength: [[(bytes: [UInt8], symbol: UInt8)]]
    /// The names, by symbol minus one.
    let names: [String]

    /// `names[n]` gets symbol `n + 1`.
    init(_ names: [String]) {
        var table = [[(bytes: [UInt8], symbol: UInt8)]](repeating: [], count: (names.map(\.utf8.count).max() ?? 0) + 1)
        for (index, name) in names.enumerated() {
            table[name.utf8.count].append((Array(name.utf8), UInt8(index + 1)))
        }
        byLength = table
        self.names = names
    }

    /// The symbol of the key spelled by `bytes`, or 0.
    func symbol(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard bytes.count < byLength.count else { return 0 }
        for candidate in byLength[bytes.count] where candidate.bytes.elementsEqual(bytes) {
            return candidate.symbol
        }
        return 0
    }
}
