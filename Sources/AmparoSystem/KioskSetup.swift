import AmparoUI
import Foundation

/// Puts the kiosk together for `amparo`: reads the settings and connects the app's services to
/// libqrencode, CUPS, espeak-ng and the file system.
public enum KioskSetup {
    /// The kiosk settings from `--kiosk`, the environment and the config file.
    public static func config(kioskFlag: Bool, environment: [String: String]) throws(KioskConfigError)
        -> KioskConfig
    {
        try KioskConfigLoader.load(kioskFlag: kioskFlag, environment: environment, readFile: readFile)
    }

    /// The services: QR codes always; printing, saving always offered (they say plainly when
    /// there is no printer); speech when the install turns read-aloud on.
    public static func services(for config: KioskConfig) -> KioskServices {
        var services = KioskServices(qrEncoder: LibQREncoder())
        services.printCard = { @Sendable card in CupsPrinter.print(card) }
        services.saveSummary = { @Sendable text, path in save(text, to: path) }
        if config.readAloud {
            let reader = EspeakReader()
            services.speak = { @Sendable text, voice in reader.speak(text, voice: voice) }
            services.stopSpeaking = { @Sendable in reader.stop() }
        }
        return services
    }

    /// Saves the summary with `SummaryFileWriter`, as the app's outcome.
    static func save(_ text: String, to path: String) -> SaveOutcome {
        do throws(SummaryFileWriter.Failure) {
            try SummaryFileWriter.save(text, to: path)
            return .saved
        } catch {
            switch error {
            case .exists: return .exists
            case .system(let reason): return .failed(reason)
            }
        }
    }

    /// A file's text; nil when it does not exist.
    static func readFile(_ path: String) throws -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
