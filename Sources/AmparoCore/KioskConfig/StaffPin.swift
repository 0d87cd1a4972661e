import Crypto
import _CryptoExtras

/// The staff PIN as the config file keeps it: scrypt (RFC 7914) of the PIN with a random salt,
/// the cost parameters recorded beside it, one line:
///
/// ```
/// staff-pin = scrypt:15:8:1:<salt, hex>:<key, hex>
/// ```
///
/// `15:8:1` are log2 N, r and p: 2^15 × 8 × 128 bytes = 32 MiB of memory and about a tenth of a
/// second for each guess, so the lines of a config that leaked do not give the PIN back quickly.
/// The PIN itself is never stored. `amparo kiosk-pin` makes the line.
public struct StaffPin: Equatable, Sendable {
    /// scrypt's cost parameters: N = 2^`logRounds`, r = `blockSize`, p = `parallelism`.
    public struct Cost: Equatable, Sendable {
        public var logRounds: Int
        public var blockSize: Int
        public var parallelism: Int

        /// What `amparo kiosk-pin` uses: N = 2^15, r = 8, p = 1 (32 MiB).
        public static let standard = Cost(logRounds: 15, blockSize: 8, parallelism: 1)

        public init(logRounds: Int, blockSize: Int, parallelism: Int) {
            self.logRounds = logRounds
            self.blockSize = blockSize
            self.parallelism = parallelism
        }

        /// Bytes of memory one derivation takes: 128 × r × N × p.
        public var memoryBytes: Int { 128 * blockSize * (1 << logRounds) * parallelism }

        /// Why a config's cost cannot be used, or nil: too cheap to protect the PIN, or so
        /// dear that a check would stall the kiosk (or let a config exhaust its memory).
        var problem: String? {
            guard (14...20).contains(logRounds) else { return "log2 N must be from 14 to 20" }
            guard (1...32).contains(blockSize) else { return "r must be from 1 to 32" }
            guard (1...4).contains(parallelism) else { return "p must be from 1 to 4" }
            guard memoryBytes >= 16 << 20 else { return "the cost must take at least 16 MiB (128 × r × N × p)" }
            guard memoryBytes <= 256 << 20 else { return "the cost may take at most 256 MiB (128 × r × N × p)" }
            return nil
        }
    }

    /// The cost the key was derived with.
    public let cost: Cost
    /// The salt bytes (16 random bytes when made by `amparo kiosk-pin`).
    public let salt: [UInt8]
    /// scrypt(PIN as UTF-8, salt), 32 bytes.
    public let key: [UInt8]

    /// The bytes of the derived key.
    public static let keyByteCount = 32

    /// A PIN record from its parts.
    public init(cost: Cost, salt: [UInt8], key: [UInt8]) {
        self.cost = cost
        self.salt = salt
        self.key = key
    }

    /// Derives the key of `pin` with `salt` at `cost`.
    public init(pin: String, salt: [UInt8], cost: Cost = .standard) {
        self.init(cost: cost, salt: salt, key: Self.derive(pin: pin, salt: salt, cost: cost) ?? [])
    }

    /// Derives the key of `pin` with 16 fresh random salt bytes.
    public init(pin: String, cost: Cost = .standard) {
        var generator = SystemRandomNumberGenerator()
        self.init(pin: pin, salt: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }, cost: cost)
    }

    /// scrypt(pin, salt) at `cost`; nil for an empty PIN or salt (which scrypt cannot take).
    public static func derive(pin: String, salt: [UInt8], cost: Cost) -> [UInt8]? {
        let password = Array(pin.utf8)
        guard !password.isEmpty, !salt.isEmpty else { return nil }
        let derived = try? KDF.Scrypt.deriveKey(
            from: password, salt: salt, outputByteCount: keyByteCount, rounds: 1 << cost.logRounds,
            blockSize: cost.blockSize, parallelism: cost.parallelism)
        return derived?.withUnsafeBytes { Array($0) }
    }

    /// Whether `pin` is the staff PIN. Compares every byte, so the time taken does not tell
    /// how much of a guess was right.
    public func matches(_ pin: String) -> Bool {
        guard let candidate = Self.derive(pin: pin, salt: salt, cost: cost), candidate.count == key.count else {
            return false
        }
        var difference: UInt8 = 0
        for (a, b) in zip(candidate, key) { difference |= a ^ b }
        return difference == 0
    }

    /// The value of the config's `staff-pin` key: `scrypt:LOG2N:R:P:SALT:KEY`.
    public var configValue: String {
        "scrypt:\(cost.logRounds):\(cost.blockSize):\(cost.parallelism):\(HexString.encode(salt)):\(HexString.encode(key))"
    }

    /// The line to paste into the kiosk config file.
    public var configLine: String { "staff-pin = \(configValue)\n" }

    /// Reads a `staff-pin` value; the record, or why it cannot be read (a message that never
    /// repeats the value, which is a secret's hash).
    public static func parse(configValue value: String) -> Result<StaffPin, StaffPinFormatError> {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "scrypt" else { return .failure(.notScrypt) }
        guard let logRounds = Int(parts[1]), let blockSize = Int(parts[2]), let parallelism = Int(parts[3]) else {
            return .failure(.badCost("log2 N, r and p must be whole numbers"))
        }
        let cost = Cost(logRounds: logRounds, blockSize: blockSize, parallelism: parallelism)
        if let problem = cost.problem { return .failure(.badCost(problem)) }
        guard let salt = HexString.decode(parts[4]), (8...64).contains(salt.count) else { return .failure(.badSalt) }
        guard let key = HexString.decode(parts[5]), key.count == keyByteCount else { return .failure(.badKey) }
        return .success(StaffPin(cost: cost, salt: salt, key: key))
    }

    /// The fewest characters a staff PIN may have.
    public static let minimumLength = 6

    /// Why `pin` cannot be a staff PIN, or nil when it can: 6 to 64 characters, each a printable
    /// ASCII character other than a space (so it can be typed at any kiosk keyboard).
    public static func problem(with pin: String) -> String? {
        guard (minimumLength...64).contains(pin.count) else {
            return "the PIN must be \(minimumLength) to 64 characters long"
        }
        guard pin.unicodeScalars.allSatisfy({ (0x21...0x7e).contains($0.value) }) else {
            return "the PIN may use only printable ASCII letters, digits and symbols, no spaces"
        }
        return nil
    }
}
