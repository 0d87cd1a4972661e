/// Builds text keys ("bench.step.door" + ".option." + "yes") with one allocation of the right
/// size: string interpolation grows the new string piece by piece, which was a tenth of the
/// decoding time of a large flow.
enum TextKey {
    /// `first`, then `middle`, then `last`, as one string.
    static func join(_ first: String, _ middle: StaticString, _ last: String = "") -> String {
        var first = first, last = last
        return first.withUTF8 { head in
            last.withUTF8 { tail in
                let count = head.count + middle.utf8CodeUnitCount + tail.count
                return String(unsafeUninitializedCapacity: count) { buffer in
                    var index = 0
                    for byte in head { buffer[index] = byte; index += 1 }
                    middle.withUTF8Buffer { for byte in $0 { buffer[index] = byte; index += 1 } }
                    for byte in tail { buffer[index] = byte; index += 1 }
                    return index
                }
            }
        }
    }
}
