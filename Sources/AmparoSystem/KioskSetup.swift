import AmparoCore
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
        let printer = CupsPrinter(programs: config.programs)
        services.printCard = { @Sendable card in printer.print(card) }
        services.saveSummary = { @Sendable text, path in save(text, to: path) }
        if config.readAloud {
            let reader = EspeakReader(program: config.programs.espeakNG)
            services.speak = { @Sendable text, voice in reader.speak(text, voice: voice) }
            services.stopSpeaking = { @Sendable in reader.stop() }
            services.hasSoundOutput = { @Sendable in SoundOutput.isAvailable() }
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

    /// A file's text; nil when it does not exist; a plain reason when it cannot be read.
    static func readFile(_ path: String) throws(ReadFailure) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else { throw ReadFailure(reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadFailure(reason: "permission denied") }
        guard let text = String(data: data, encoding: .utf8) else { throw ReadFailure(reason: "it is not UTF-8 text") }
        return text
    }

    /// Why the config file could not be read, in a few plain words.
    struct ReadFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }
}
