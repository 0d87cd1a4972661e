extension ArraySlice where Element == YAMLNode {
    /// The items that decode, in order. Like `compactMap`, but the result has room for every item
    /// from the start: a list of 10,000 steps grew and copied itself about fourteen times.
    func decodeAll<T>(_ decode: (YAMLNode) throws -> T?) rethrows -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for item in self {
            if let value = try decode(item) { result.append(value) }
        }
        return result
    }
}
