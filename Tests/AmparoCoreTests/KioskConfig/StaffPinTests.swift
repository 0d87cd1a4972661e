import Testing

@testable import AmparoCore

@Suite("Staff PIN (scrypt)")
struct StaffPinTests {
    @Test("scrypt matches RFC 7914's test vector and Python's hashlib.scrypt")
    func scryptVectors() {
        // RFC 7914 section 12, P = "password", S = "NaCl", N = 1024, r = 8, p = 16 (first 32 bytes).
        let rfc = StaffPin.derive(pin: "password", salt: Array("NaCl".utf8),
                                  cost: .init(logRounds: 10, blockSize: 8, parallelism: 16))
        #expect(rfc.map(HexString.encode) == "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162")
        // python3 -c "import hashlib; print(hashlib.scrypt(b'Staff-2026', salt=bytes.fromhex(
        //   '00112233445566778899aabbccddeeff'), n=1<<14, r=8, p=1, maxmem=64<<20, dklen=32).hex())"
        let salt = HexString.decode("00112233445566778899aabbccddeeff") ?? []
        let ours = StaffPin.derive(pin: "Staff-2026", salt: salt, cost: .init(logRounds: 14, blockSize: 8, parallelism: 1))
        #expect(ours.map(HexString.encode) == "c80d16389906bd94076459021a55e804aa932b90a3ab34dbb0501a850d21f455")
    }

    @Test("a fresh PIN has a random 16-byte salt, the standard cost, and round-trips through its config line")
    func configLineRoundTrip() throws {
        let first = StaffPin(pin: "482193")
        let second = StaffPin(pin: "482193")
        #expect(first.salt.count == 16 && first.key.count == 32)
        #expect(first.cost == .standard && StaffPin.Cost.standard.memoryBytes == 32 << 20)
        #expect(first.salt != second.salt && first.key != second.key)
        #expect(first.configLine.hasPrefix("staff-pin = scrypt:15:8:1:"))
        let config = try KioskConfigParser.parse(first.configLine, path: "k")
        #expect(config.staffPin == first)
        #expect(config.staffPin?.matches("482193") == true)
        #expect(config.staffPin?.matches("482194") == false)
        #expect(config.staffPin?.matches("") == false)
    }

    @Test("a staff-pin value that is not scrypt, or whose cost is too cheap or too dear, is refused without echoing it")
    func badValues() {
        let salt = String(repeating: "ab", count: 16), key = String(repeating: "cd", count: 32)
        let cases: [(String, StaffPinFormatError)] = [
            ("sha256:\(salt):\(key)", .notScrypt),
            ("scrypt:15:8:1:\(salt)", .notScrypt),
            ("scrypt:x:8:1:\(salt):\(key)", .badCost("log2 N, r and p must be whole numbers")),
            ("scrypt:10:8:1:\(salt):\(key)", .badCost("log2 N must be from 14 to 20")),
            ("scrypt:14:1:1:\(salt):\(key)", .badCost("the cost must take at least 16 MiB (128 × r × N × p)")),
            ("scrypt:20:32:4:\(salt):\(key)", .badCost("the cost may take at most 256 MiB (128 × r × N × p)")),
            ("scrypt:15:8:1:abcd:\(key)", .badSalt),
            ("scrypt:15:8:1:\(salt):abcd", .badKey),
        ]
        for (value, expected) in cases {
            #expect(StaffPin.parse(configValue: value) == .failure(expected), "\(value)")
            #expect(!expected.message.contains(key) && !expected.message.contains(salt))
        }
        #expect(throws: KioskConfigError.self) { try KioskConfigParser.parse("staff-pin = scrypt:10:8:1:\(salt):\(key)", path: "k") }
    }

    @Test("which PINs are accepted: 6 to 64 printable ASCII characters")
    func pinRules() {
        #expect(StaffPin.problem(with: "482193") == nil)
        #expect(StaffPin.problem(with: "a-Long_pin!") == nil)
        #expect(StaffPin.problem(with: "4821") != nil)
        #expect(StaffPin.problem(with: "12345") != nil)
        #expect(StaffPin.problem(with: "12 3456") != nil)
        #expect(StaffPin.problem(with: "clé1234") != nil)
        #expect(StaffPin.problem(with: String(repeating: "9", count: 64)) == nil)
        #expect(StaffPin.problem(with: String(repeating: "9", count: 65)) != nil)
    }

    @Test("hex text")
    func hex() {
        #expect(HexString.encode([0x00, 0xde, 0xad, 0xff]) == "00deadff")
        #expect(HexString.decode("00DEadFF") == [0x00, 0xde, 0xad, 0xff])
        #expect(HexString.decode("abc") == nil)
        #expect(HexString.decode("zz") == nil)
    }
}
