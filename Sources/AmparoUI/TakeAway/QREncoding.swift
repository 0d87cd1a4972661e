/// Turns text into a QR code. The app is given one (libqrencode, in AmparoSystem), so the
/// views and their tests need no C library.
public protocol QREncoding: Sendable {
    /// The code for `text` (UTF-8, byte mode), or nil when the text
    /// is too long for any QR version.
    func encode(_ text: String) -> QRMatrix?
}
