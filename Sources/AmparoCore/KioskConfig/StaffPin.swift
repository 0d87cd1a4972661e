import Crypto

/// The staff PIN as the config file keeps it: a random salt and SHA-256(salt ‖ PIN as UTF-8).
///
/// The PIN itself is never stored. `amparo kiosk-pin` makes the two config lines; the same hash
/// can be made by hand with `(printf %s SALT | xxd -r -p; printf %s PIN) | sha256sum`.
public struct StaffPin: Equatable, Sendable {
    /// The salt bytes (16 random bytes when made by `amparo kiosk-pin`).
    public let salt: [UInt8]
    /// SHA-256 of the salt followed by the PIN's UTF-8 bytes.
    public let hash: [UInt8]

    /// A PIN record from its parts.
    public init(salt: [UInt8], hash: [UInt8]) {
        self.salt = salt
        self.hash = hash
    }

    /// A PIN record from the config file's hexadecimal values (already checked by the parser).
    init(saltHex: String, hashHex: String) {
        self.init(salt: HexString.decode(saltHex) ?? [], hash: HexString.decode(hashHex) ?? [])
    }

    /// Hashes `pin` with `salt`.
    public init(pin: String, salt: [UInt8]) {
        self.init(salt: salt, hash: Self.digest(pin: pin, salt: salt))
    }

    /// Hashes `pin` with 16 fresh random salt bytes.
    public init(pin: String) {
        var generator = SystemRandomNumberGenerator()
        self.init(pin: pin, salt: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// SHA-256(salt ‖ UTF-8 of pin).
    public static func digest(pin: String, salt: [UInt8]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: salt)
        hasher.update(data: Array(pin.utf8))
        return Array(hasher.finalize())
    }

    /// Whether `pin` is the staff PIN. Compares every byte, so the time taken does not tell
    /// how much of a guess was right.
    public func matches(_ pin: String) -> Bool {
        let candidate = Self.digest(pin: pin, salt: salt)
        guard candidate.count == hash.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(candidate, hash) { difference |= a ^ b }
        return difference == 0
    }

    /// The two lines to paste into the kiosk config file.
    public var configLines: String {
        "staff-pin-sha256 = \(HexString.encode(hash))\nstaff-pin-salt = \(HexString.encode(salt))\n"
    }

    /// Why `pin` cannot be a staff PIN, or nil when it can: 4 to 32 characters, each a printable
    /// ASCII character other than a space (so it can be typed at any kiosk keyboard).
    public static func problem(with pin: String) -> String? {
        guard (4...32).contains(pin.count) else { return "the PIN must be 4 to 32 characters long" }
        guard pin.unicodeScalars.allSatisfy({ (0x21...0x7e).contains($0.value) }) else {
            return "the PIN may use only printable ASCII letters, digits and symbols, no spaces"
        }
        return nil
    }
}
