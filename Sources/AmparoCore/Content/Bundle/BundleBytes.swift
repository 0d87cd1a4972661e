import Glibc

/// Writes the compiled content bundle's bytes: unsigned 32-bit little-endian counts and
/// lengths, and UTF-8 strings behind their byte length.
struct BundleWriter {
    private(set) var bytes: [UInt8] = []

    mutating func count(_ value: Int) {
        let value = UInt32(value)
        bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        count(value.utf8.count)
        bytes += value.utf8
    }

    mutating func optional(_ value: String?) {
        flag(value != nil)
        if let value { string(value) }
    }

    mutating func raw(_ value: [UInt8]) { bytes += value }
}

/// Reads what ``BundleWriter`` wrote, checking every length against the bytes that are left
/// and every string for valid UTF-8: a bundle that is cut short or altered is refused, never
/// read past its end.
struct BundleReader {
    /// Why a bundle could not be read.
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        offset = start
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset == end }

    mutating func count() throws(Malformed) -> Int {
        guard end - offset >= 4 else { throw Malformed() }
        let value = Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        offset += 4
        return value
    }

    /// A count of items that each take at least `minimumSize` bytes: a huge count in a short
    /// file is refused before anything is reserved for it.
    mutating func count(ofItemsAtLeast minimumSize: Int) throws(Malformed) -> Int {
        let value = try count()
        guard value <= (end - offset) / max(minimumSize, 1) else { throw Malformed() }
        return value
    }

    mutating func flag() throws(Malformed) -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw Malformed() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        guard length <= end - offset else { throw Malformed() }
        defer { offset += length }
        // Decoded from the contiguous bytes (the stdlib's fast path; the generic
        // `String(validating:)` looked up type metadata for every string of a catalog), then
        // compared with them: bytes that are not UTF-8 would have been replaced.
        let valid: String? = bytes[offset..<(offset + length)].withUnsafeBufferPointer { source in
            var text = String(decoding: source, as: UTF8.self)
            guard text.utf8.count == length else { return nil }
            guard length > 0 else { return text }
            return text.withUTF8 { memcmp($0.baseAddress!, source.baseAddress!, length) == 0 } ? text : nil
        }
        guard let valid else { throw Malformed() }
        return valid
    }

    mutating func optional() throws(Malformed) -> String? {
        try flag() ? try string() : nil
    }

    mutating func skip(_ length: Int) throws(Malformed) {
        guard length <= end - offset else { throw Malformed() }
        offset += length
    }

    mutating func expect(_ literal: [UInt8]) throws(Malformed) {
        guard end - offset >= literal.count, Array(bytes[offset..<(offset + literal.count)]) == literal else { throw Malformed() }
        offset += literal.count
    }
}
