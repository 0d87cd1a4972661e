import AmparoTestSupport
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
        let run = try TestProcess.run("/usr/bin/zbarimg", ["--raw", "-q", "-Sbinary", path])
        guard run.status == 0 else { return nil }
        var text = run.stdout
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
