import AmparoCore

/// What the app is given to run: the flows, the languages, and how to get the
/// words for a language.
public struct AppConfiguration: Sendable {
    /// The flows, loaded now or in the background.
    public var flowSource: FlowSource
    /// The rest of a signed content's check, when the first screen is drawn before it: the app
    /// runs it once that screen is out, takes no key before it passes, and stops when it fails.
    public var pendingVerification: PendingVerification?
    /// The flows, in picker order (waits for a background load to finish).
    public var flows: [Flow] {
        get { flowSource.flows }
        set { flowSource = FlowSource(flows: newValue) }
    }
    /// The languages offered, in picker order.
    public var languages: [LanguageChoice]
    /// `--lang`: start in this language and skip the picker.
    public var fixedLanguage: String?
    /// The row the picker highlights first (from `LANGUAGE`, `LC_ALL`, … ).
    public var preselectedLanguage: String?
    /// The words for a language tag.
    public var strings: @Sendable (String) -> Strings
    /// Kiosk mode and its timers, staff PIN and read-aloud setting (see `KioskConfig`).
    public var kiosk = KioskConfig()
    /// `--volunteer LANG`: the volunteer's language, shown beside the person's; nil outside
    /// volunteer mode.
    public var volunteerLanguage: String?
    /// How a language's translation was made, as the interface string that says so
    /// (`.translationStatusMachine`, …); nil when it need not be mentioned (English). The
    /// volunteer view shows it.
    public var translationStatus: @Sendable (String) -> InterfaceString? = { _ in nil }
    /// The notice that no lawyer has checked the guidance (said once per session in the person's
    /// language, and in the volunteer view); `nil` only when a recorded attorney review covers
    /// every flow of the content as it is (see `AttorneyReview`). It defaults to the notice, so
    /// nothing ever claims a review by leaving it out.
    public var attorneyReviewNotice: InterfaceString? = .attorneyReviewNone
    /// The catalogs read so far, one per language, when the words come from `Localization/`
    /// (see `useCatalogs`).
    public var catalogs: LocalizerCache?
    /// The center's own referrals (`--site DIR` or `site = DIR`), read and checked before the
    /// wizard starts; the guidance shows its services matching the cards' kinds of help.
    public var site: Site?
    /// Whether a kiosk's wipe ends the run so that the program can start a fresh copy of itself
    /// (`App.restartEnvironmentValue`): set by the real program in kiosk mode, off in tests that drive the app
    /// in memory.
    public var restartsAfterWipe = false
    /// What the kiosk this one restarted from carried over (`KioskRestart`), if it did.
    public var carriedRestart: KioskRestart?
    /// What the kiosk and take-away features reach outside the app with (QR codes, printing,
    /// speech, saving, the clock).
    public var services = KioskServices()

    public init(flows: [Flow], languages: [LanguageChoice], fixedLanguage: String? = nil,
                preselectedLanguage: String? = nil,
                strings: @escaping @Sendable (String) -> Strings = { _ in .english }) {
        flowSource = FlowSource(flows: flows)
        self.languages = languages
        self.fixedLanguage = fixedLanguage
        self.preselectedLanguage = preselectedLanguage
        self.strings = strings
    }
}
