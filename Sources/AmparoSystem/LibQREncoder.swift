import AmparoUI
import CQRencode

/// QR codes from libqrencode: UTF-8 text in 8-bit mode, error correction level L (a screen is
/// not scratched or folded, and L holds the most text on a 24-row terminal), the smallest
/// version that holds it.
public struct LibQREncoder: QREncoding {
    /// An encoder.
    public init() {}

    /// The code for `text`, or nil when it is too long for a QR code.
    public func encode(_ text: String) -> QRMatrix? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        guard let code = QRcode_encodeData(Int32(bytes.count), bytes, 0, QR_ECLEVEL_L) else {
            return nil
        }
        defer { QRcode_free(code) }
        let size = Int(code.pointee.width)
        let data = UnsafeBufferPointer(start: code.pointee.data, count: size * size)
        return QRMatrix(size: size, modules: data.map { $0 & 1 == 1 })
    }
}
