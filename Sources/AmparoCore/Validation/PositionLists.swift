/// One short list of positions (into `flow.steps` or `flow.cards`) per item,
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

    /// The length of list `item`.
    func count(of item: Int) -> Int {
        offsets[item + 1] - offsets[item]
    }

    /// Entry `entry` (from 0) of list `item`.
    func element(_ entry: Int, of item: Int) -> Int {
        values[offsets[item] + entry]
    }

    /// The reverse lists: for each position in `0..<positions`, the items whose lists hold it,
    /// in item order (`-1` entries are skipped). Built by counting, with no array per list.
    func inverted(positions: Int) -> PositionLists {
        var starts = [Int](repeating: 0, count: positions + 1)
        for position in values where position >= 0 { starts[position + 1] += 1 }
        for position in 0..<positions { starts[position + 1] += starts[position] }
        var filled = starts
        var inverse = [Int](repeating: 0, count: starts[positions])
        for item in 0..<count {
            for entry in offsets[item]..<offsets[item + 1] where values[entry] >= 0 {
                inverse[filled[values[entry]]] = item
                filled[values[entry]] += 1
            }
        }
        var result = PositionLists()
        result.values = inverse
        result.offsets = starts
        return result
    }

    /// Whether list `item` holds an id that names nothing.
    func hasUnknown(_ item: Int) -> Bool {
        for position in offsets[item]..<offsets[item + 1] where values[position] < 0 { return true }
        return false
    }
}
