extension StringProtocol {
    /// The text without any of the scalars of `set` at either end.
    func trimming(_ set: String) -> String {
        let scalars = Array(unicodeScalars)
        var start = 0
        var end = scalars.count
        while start < end, set.unicodeScalars.contains(scalars[start]) { start += 1 }
        while end > start, set.unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// The text without white space (`Character.isWhitespace`, line ends included) at either
    /// end. Unlike Foundation's `trimmingCharacters(in:)`, it needs no character set to be built,
    /// which costs a start-up that reads a config line or a key.
    public var trimmedOfWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
