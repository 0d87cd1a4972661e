/// One short list of positions (into `flow.steps`, `flow.cards` or `flow.sources`) per item,
/// stored in two flat arrays instead of an array per item: list `i` is
/// `values[offsets[i]..<offsets[i + 1]]`. `-1` stands for an id that names nothing.
struct PositionLists {
    private(set) var values: [Int] = []
    private var offsets: [Int] = [0]

    /// The number of lists.
    var count: Int { offsets.count - 1 }

    /// Adds a position to the last list (the one `endList()` will close).
    mutating func append(_ position: Int) {
        values.append(position)
    }

    /// Closes the list being built; the next `append` starts the next one.
    mutating func endList() {
        offsets.append(values.count)
    }

    /// List `item`.
    subscript(item: Int) -> ArraySlice<Int> {
        values[offsets[item]..<offsets[item + 1]]
    }

    /// Whether list `item` holds an id that names nothing.
    func hasUnknown(_ item: Int) -> Bool {
        for position in offsets[item]..<offsets[item + 1] where values[position] < 0 { return true }
        return false
    }
}
