import Foundation

/// Decodes QR images with `zbarimg` (Debian zbar-tools), for the tests.
enum ZbarImage {
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")
    }

    /// The text of the one QR code in a PGM image, or nil when zbarimg finds none.
    static func decode(pgm: [UInt8]) throws -> String? {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("amparo-qr-\(UUID().uuidString).pgm").path
        FileManager.default.createFile(atPath: path, contents: Data(pgm))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/zbarimg")
        process.arguments = ["--raw", "-q", "-Sbinary", path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
