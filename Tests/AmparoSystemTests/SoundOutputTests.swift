import AmparoSystem
import Foundation
import Testing

@Suite struct SoundOutputTests {
    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "amparo-sound-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func noDeviceAndNoServerMeansNoSound() throws {
        let devices = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: devices) }
        // A capture-only device and a control device are not playback.
        FileManager.default.createFile(atPath: devices + "/pcmC0D0c", contents: nil)
        FileManager.default.createFile(atPath: devices + "/controlC0", contents: nil)
        #expect(!SoundOutput.isAvailable(environment: [:], deviceDirectory: devices))
        // A runtime directory without a sound server's socket is not one either.
        #expect(!SoundOutput.isAvailable(environment: ["XDG_RUNTIME_DIR": devices], deviceDirectory: devices))
    }

    @Test func aPlaybackDeviceOrAServerMeansSound() throws {
        let devices = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: devices) }
        FileManager.default.createFile(atPath: devices + "/pcmC0D0p", contents: nil)
        #expect(SoundOutput.isAvailable(environment: [:], deviceDirectory: devices))
        #expect(SoundOutput.isAvailable(environment: ["PULSE_SERVER": "unix:/run/pulse"], deviceDirectory: "/nonexistent"))
    }
}
