/// Builds text keys ("bench.step.door" + ".option." + "yes") with one allocation of the right
/// size: string interpolation grows the new string piece by piece, which was a tenth of the
/// decoding time of a large flow.
enum TextKey {
    /// `first`, then `middle`, then `last`, as one string.
    static func join(_ first: String, _ middle: StaticString, _ last: String = "") -> String {
        var key = ""
        key.reserveCapacity(first.utf8.count + middle.utf8CodeUnitCount + last.utf8.count)
        key += first
        key += middle.description
        key += last
        return key
    }
}
