import AmparoTestSupport
import AmparoCore
import Synchronization

@testable import AmparoUI

/// Fakes for the services, recording what they were asked.
final class FakeServices: @unchecked Sendable {
    var printed: [PrintedCard] = []
    var spoken: [(text: String, voice: String)] = []
    var saved: [(text: String, path: String)] = []
    var printOutcome: PrintOutcome = .sent(printer: "FrontDesk")
    /// The QR encoder the services use.
    var qrEncoder: any QREncoding = SquareEncoder()
    /// What the sound check answers; nil leaves the check out.
    var hasSound: Bool?

    func services(clock: ManualClock) -> KioskServices {
        var services = KioskServices(
            clock: clock, qrEncoder: qrEncoder,
            printCard: { card in self.printed.append(card); return self.printOutcome },
            speak: { text, voice in self.spoken.append((text, voice)); return true },
            stopSpeaking: {},
            saveSummary: { text, path in self.saved.append((text, path)); return .saved })
        if let hasSound { services.hasSoundOutput = { hasSound } }
        return services
    }
}

/// A stand-in QR encoder: a 21-module checkerboard for any text.
struct SquareEncoder: QREncoding {
    func encode(_ text: String) -> QRMatrix? {
        QRMatrix(size: 21, modules: (0..<441).map { ($0 / 21 + $0 % 21) % 2 == 0 })
    }
}

enum KioskFixture {
    static let pin = StaffPin(pin: "482193", salt: [9, 9, 9, 9, 9, 9, 9, 9])

    /// An app on the test flow, in kiosk mode (or not), with the language picker first.
    static func app(kiosk: Bool = true, volunteer: String? = nil, readAloud: Bool = false,
                    clock: ManualClock, fakes: FakeServices = FakeServices(),
                    strings: @escaping @Sendable (String) -> Strings = { FakeCatalog.strings($0, content: [:]) })
        -> App
    {
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped,
                                             strings: strings)
        configuration.kiosk = KioskConfig(kiosk: kiosk, idleSeconds: 120, countdownSeconds: 20,
                                          staffPin: pin, readAloud: readAloud)
        configuration.volunteerLanguage = volunteer
        configuration.services = fakes.services(clock: clock)
        return App(configuration: configuration)
    }

    /// Keys from the language picker to the outcome: English, the flow, home, judicial,
    /// "Phone calls" checked, Continue.
    static let toOutcome: [Key] = [
        .character("2"), .enter, .character("1"), .character("1"), .character("1"), .end, .enter,
    ]
}
