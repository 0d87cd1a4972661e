/// Why a config's `staff-pin` value cannot be read. No case carries the value: it is the
/// hash of a secret and is never printed.
public enum StaffPinFormatError: Error, Equatable, Sendable {
    /// Not `scrypt:LOG2N:R:P:SALT:KEY`.
    case notScrypt
    /// The cost parameters are not numbers, or out of the range the kiosk accepts.
    case badCost(String)
    /// The salt is not 16 to 128 hexadecimal digits.
    case badSalt
    /// The key is not 64 hexadecimal digits.
    case badKey

    /// The message for the config's diagnostic.
    public var message: String {
        switch self {
        case .notScrypt: "`staff-pin` must be `scrypt:LOG2N:R:P:SALT:KEY`, as `amparo kiosk-pin` prints it"
        case .badCost(let why): "`staff-pin` has a cost that cannot be used: \(why)"
        case .badSalt: "the salt in `staff-pin` must be 16 to 128 hexadecimal digits"
        case .badKey: "the key in `staff-pin` must be 64 hexadecimal digits"
        }
    }
}
