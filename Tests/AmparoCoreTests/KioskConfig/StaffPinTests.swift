import Testing

@testable import AmparoCore

@Suite("Staff PIN hash")
struct StaffPinTests {
    @Test("SHA-256 matches the FIPS 180-2 vector and sha256sum")
    func digestVectors() {
        #expect(
            HexString.encode(StaffPin.digest(pin: "abc", salt: []))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // (printf %s 00112233445566778899aabbccddeeff | xxd -r -p; printf %s Staff-2026) | sha256sum
        let salt = HexString.decode("00112233445566778899aabbccddeeff") ?? []
        #expect(
            HexString.encode(StaffPin.digest(pin: "Staff-2026", salt: salt))
                == "e91b50471952d556dc521d228b437fe59f557e51de4c6a5fdd21b03804c97252")
    }

    @Test("a fresh PIN has a random 16-byte salt and round-trips through the config lines")
    func configLinesRoundTrip() throws {
        let first = StaffPin(pin: "4821")
        let second = StaffPin(pin: "4821")
        #expect(first.salt.count == 16)
        #expect(first.salt != second.salt)
        #expect(first.hash != second.hash)
        let config = try KioskConfigParser.parse(first.configLines, path: "k")
        #expect(config.staffPin == first)
        #expect(config.staffPin?.matches("4821") == true)
        #expect(config.staffPin?.matches("4822") == false)
        #expect(config.staffPin?.matches("") == false)
    }

    @Test("which PINs are accepted")
    func pinRules() {
        #expect(StaffPin.problem(with: "4821") == nil)
        #expect(StaffPin.problem(with: "a-Long_pin!") == nil)
        #expect(StaffPin.problem(with: "123") != nil)
        #expect(StaffPin.problem(with: "12 34") != nil)
        #expect(StaffPin.problem(with: "clé1234") != nil)
        #expect(StaffPin.problem(with: String(repeating: "9", count: 33)) != nil)
    }

    @Test("hex text")
    func hex() {
        #expect(HexString.encode([0x00, 0xde, 0xad, 0xff]) == "00deadff")
        #expect(HexString.decode("00DEadFF") == [0x00, 0xde, 0xad, 0xff])
        #expect(HexString.decode("abc") == nil)
        #expect(HexString.decode("zz") == nil)
    }
}
