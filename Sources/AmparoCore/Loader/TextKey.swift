/// Builds text keys ("bench.step.door" + ".option." + "yes"): the parts' bytes are copied into
/// one scratch buffer and become a string in one step. String interpolation grows the new
/// string piece by piece, which was a tenth of the decoding time of a large flow.
enum TextKey {
    /// `first`, then `middle`, then `last`, as one string.
    static func join(_ first: String, _ middle: StaticString, _ last: String = "") -> String {
        var first = first, last = last
        let count = first.utf8.count + middle.utf8CodeUnitCount + last.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var index = 0
            func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
                (target + index).initialize(from: source, count: bytes.count)
                index += bytes.count
            }
            first.withUTF8(copy)
            middle.withUTF8Buffer(copy)
            last.withUTF8(copy)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<index]), as: UTF8.self)
        }
    }
}
