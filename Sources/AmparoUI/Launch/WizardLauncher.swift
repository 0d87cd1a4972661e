import AmparoCore
import Foundation

/// Starts the interactive wizard: finds and loads the content (in the background), then runs
/// the full-screen front, or the plain line mode when asked to or when the terminal cannot do
/// full screen (with a one-line notice saying why). A kiosk never falls back: it fails closed.
/// The fronts are passed in, so this policy needs no terminal library.
public enum WizardLauncher {
    /// What `amparo` was asked for.
    public struct Options: Sendable {
        /// `--plain`: the line mode even on a terminal.
        public var plain: Bool
        /// `--lang TAG`.
        public var language: String?
        /// `--content DIR`.
        public var content: String?
        /// Kiosk settings (`--kiosk`, `AMPARO_KIOSK`, the config file).
        public var kiosk = KioskConfig()
        /// `--volunteer LANG`: the volunteer's language.
        public var volunteer: String?
        /// `--site DIR`: the center's own referrals (over the config's `site = DIR`).
        public var site: String?
        /// QR codes, printing, speech and saving, from AmparoSystem.
        public var services = KioskServices()
        /// Whether a kiosk's wipe ends the run for a fresh process (`AppConfiguration`).
        public var restartsAfterWipe = false
        /// What the kiosk this one restarted from carried over.
        public var carriedRestart: KioskRestart?

        /// Options with everything else at its default.
        public init(plain: Bool = false, language: String? = nil, content: String? = nil) {
            self.plain = plain
            self.language = language
            self.content = content
        }
    }

    /// Loads the content and runs the wizard until the person leaves. `fullScreen` runs an app
    /// full screen and throws `FullScreenUnavailable` before touching the terminal when it
    /// cannot; `plainFront` runs the line mode; `notice` says why the plain mode is used.
    public static func run(_ options: Options, environment: [String: String],
                           fullScreen: (App) throws -> Void,
                           plainFront: (AppConfiguration) throws -> Void,
                           notice: (String) -> Void) throws {
        let configuration = try configuration(for: options, environment: environment, notice: notice)
        if options.kiosk.kiosk && options.kiosk.contentPublicKey == nil { notice(unsignedNotice) }
        if options.kiosk.kiosk && options.plain { throw WizardLaunchFailure.kioskNeedsFullScreen("--plain was given") }
        if !options.plain {
            do {
                try fullScreen(App(configuration: configuration))
                if let problem = configuration.flowSource.problem {
                    throw WizardLaunchFailure.invalidContent(problem.diagnostics)
                }
                return
            } catch let failure as any FullScreenUnavailable {
                if options.kiosk.kiosk { throw WizardLaunchFailure.kioskNeedsFullScreen(failure.description) }
                notice("amparo: \(failure); using the plain line mode.\n")
            }
        }
        if let problem = configuration.flowSource.problem { throw WizardLaunchFailure.invalidContent(problem.diagnostics) }
        try plainFront(configuration)
    }

    /// What staff see on standard error when a kiosk starts with no `content-public-key`.
    public static let unsignedNotice = "amparo: the content is not checked: the kiosk config has no "
        + "content-public-key, so any change to the content files is shown as is (see README, \"Signed content\")\n"

    /// The app's configuration: flows from the content directory (loaded and validated once,
    /// in the background: the language picker needs no flow), after checking its signature when
    /// the config names a `content-public-key`; the languages, `--lang`, the
    /// attorney-review notice, kiosk and volunteer settings.
    /// `notice` tells staff (on standard error) why a signed content's compiled bundle is not
    /// used, so the start is slower than it should be.
    public static func configuration(for options: Options, environment: [String: String],
                                     notice: (String) -> Void = { _ in }) throws -> AppConfiguration {
        guard let directory = ContentLocator.locate(override: options.content, environment: environment) else {
            throw WizardLaunchFailure.noContent
        }
        let bundle = try verifiedBundle(of: directory, publicKey: options.kiosk.contentPublicKey, notice: notice)
        var configuration = AppConfiguration(flows: [], languages: LanguageChoice.shipped,
                                             fixedLanguage: options.language,
                                             preselectedLanguage: nil)
        var localization = LocalizationDirectory(path: directory.localization)
        localization.compiled = bundle
        do {
            try configuration.useCatalogs(in: localization, requested: options.language, environment: environment)
        } catch {
            throw WizardLaunchFailure.unknownLanguage(error)
        }
        if let bundle {
            // Signed, and checked by this very program when it was signed: read, not checked again.
            configuration.flowSource = FlowSource(loading: { ContentLoading.loadChecked(directory) }, menu: bundle.menu)
            configuration.attorneyReviewNotice = bundle.reviewCoversEverything ? nil : .attorneyReviewNone
        } else {
            configuration.flowSource = FlowSource(loading: { ContentLoading.loadValidated(directory) })
            configuration.attorneyReviewNotice = ContentLoading.reviewCoversEverything(directory) ? nil : .attorneyReviewNone
        }
        configuration.kiosk = options.kiosk
        configuration.volunteerLanguage = options.volunteer
        configuration.services = options.services
        configuration.restartsAfterWipe = options.restartsAfterWipe
        configuration.carriedRestart = options.carriedRestart
        configuration.site = try site(options.site ?? options.kiosk.site)
        return configuration
    }

    /// With a `publicKey`, checks the content's signature (refusing content that does not verify)
    /// and returns its compiled bundle when the bundle may stand for the checks
    /// (``ContentBundle/verified(root:manifest:today:)``); without a key, or when the bundle
    /// cannot be used, nil: the content is then read and checked in full before it is shown.
    static func verifiedBundle(of directory: ContentDirectory, publicKey: String?,
                               notice: (String) -> Void = { _ in }) throws -> ContentBundle? {
        guard let publicKey else { return nil }
        switch ContentVerifier.verify(root: directory.root, publicKey: publicKey, keeping: [ContentBundle.path]) {
        case .failure(let failure): throw WizardLaunchFailure.contentNotVerified(root: directory.root, failure)
        case .success(let verified):
            switch ContentBundle.verified(root: directory.root, manifest: verified.manifest, data: verified.kept[ContentBundle.path]) {
            case .success(let bundle): return bundle
            case .failure(let reason):
                notice("amparo: \(reason), so the content is checked in full at each start (slower); "
                       + "sign it again with this amparo to start from a checked bundle\n")
                return nil
            }
        }
    }

    /// The site in `directory`, read and checked before anything is shown: a site with an error
    /// is refused with its located errors (a kiosk fails closed rather than show half of it).
    public static func site(_ directory: String?, today: LocalDate = .today()) throws -> Site? {
        guard let directory else { return nil }
        let result = SiteLoader.load(directory: directory, today: today)
        guard let site = result.site else { throw WizardLaunchFailure.invalidSite(result.diagnostics) }
        return site
    }
}
