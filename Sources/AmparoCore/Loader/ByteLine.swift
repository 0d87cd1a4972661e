/// One line of a file's bytes, read as the Unicode scalars of the same values, without copying.
/// The pre-scanner looks only at ASCII, and UTF-8 never uses an ASCII byte inside a multi-byte
/// character, so reading bytes as scalars finds the same characters.
struct ByteLine: RandomAccessCollection {
    private let bytes: [UInt8]
    private let start: Int
    let count: Int

    /// The bytes `start..<end` of `bytes`.
    init(bytes: [UInt8], start: Int, end: Int) {
        self.bytes = bytes
        self.start = start
        count = end - start
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Unicode.Scalar {
        Unicode.Scalar(bytes[start + position])
    }
}
