/// Lower-case hexadecimal text for bytes (PIN hashes and salts in the config file).
public enum HexString {
    /// `[0xde, 0xad]` → `"dead"`.
    public static func encode(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef")
        var text = ""
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return text
    }

    /// `"DEad"` → `[0xde, 0xad]`; nil for an odd length or a non-hex character.
    public static func decode(_ text: String) -> [UInt8]? {
        let nibbles = text.unicodeScalars.map { scalar -> UInt8? in
            switch scalar {
            case "0"..."9": UInt8(scalar.value - 48)
            case "a"..."f": UInt8(scalar.value - 87)
            case "A"..."F": UInt8(scalar.value - 55)
            default: nil
            }
        }
        guard nibbles.count % 2 == 0, !nibbles.contains(nil) else { return nil }
        let values = nibbles.compactMap { $0 }
        return stride(from: 0, to: values.count, by: 2).map { values[$0] << 4 | values[$0 + 1] }
    }
}
