/// How an install runs Amparo at a front desk: the settings read from the kiosk config file,
/// the `AMPARO_KIOSK` environment variable and the `--kiosk` flag.
///
/// Every field has a safe default, so an install with no config file runs the ordinary wizard.
public struct KioskConfig: Equatable, Sendable {
    /// Whether Amparo runs as a walk-up kiosk (never ends by itself, no Ctrl-C, idle wipe).
    public var kiosk: Bool
    /// Seconds without input before the "are you still there?" countdown starts.
    public var idleSeconds: Int
    /// Seconds the countdown lasts before the screen is wiped.
    public var countdownSeconds: Int
    /// The salted hash of the staff PIN that ends a kiosk session, if one is configured.
    public var staffPin: StaffPin?
    /// Whether the read-aloud key is offered (needs espeak-ng).
    public var readAloud: Bool
    /// The site whose services the guidance shows (`site = DIR`, a relative path taken from
    /// the config file's folder); `nil` for none. See docs/site-format.md.
    public var site: String?
    /// The base64 Ed25519 public key the content must be signed with (`content-public-key`); with
    /// it the wizard refuses to start unless `amparo.sig` verifies (the signature and the compiled
    /// bundle before the first screen, every other file before the first key). Nil: content is
    /// not checked.
    public var contentPublicKey: String?
    /// The absolute paths of `lp`, `lpstat` and `espeak-ng` (`lp-program = …` and so on).
    public var programs = KioskPrograms()

    /// The defaults: not a kiosk, 120 s idle, 20 s countdown, no staff PIN, no read-aloud, no site.
    public init(
        kiosk: Bool = false,
        idleSeconds: Int = 120,
        countdownSeconds: Int = 20,
        staffPin: StaffPin? = nil,
        readAloud: Bool = false,
        site: String? = nil,
        contentPublicKey: String? = nil
    ) {
        self.kiosk = kiosk
        self.idleSeconds = idleSeconds
        self.countdownSeconds = countdownSeconds
        self.staffPin = staffPin
        self.readAloud = readAloud
        self.site = site
        self.contentPublicKey = contentPublicKey
    }
}
