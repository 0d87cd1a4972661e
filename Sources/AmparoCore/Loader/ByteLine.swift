/// One line of a file's bytes, read as the Unicode scalars of the same values, without copying.
/// The pre-scanner looks only at ASCII, and UTF-8 never uses an ASCII byte inside a multi-byte
/// character, so reading bytes as scalars finds the same characters. Valid only while the
/// buffer it views is (inside `withUnsafeBufferPointer`).
struct ByteLine: RandomAccessCollection {
    private let bytes: UnsafeBufferPointer<UInt8>

    /// The bytes `start..<end` of `buffer`.
    init(_ buffer: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        bytes = UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }

    subscript(position: Int) -> Unicode.Scalar {
        Unicode.Scalar(bytes[position])
    }
}
