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
        do {
            try runFront(configuration, options, fullScreen: fullScreen, plainFront: plainFront, notice: notice)
        } catch {
            try refuseUnverified(configuration)       // content that is not the signed one is said first
            throw error
        }
    }

    /// The full-screen front, or the plain one (``run(_:environment:fullScreen:plainFront:notice:)``).
    private static func runFront(_ configuration: AppConfiguration, _ options: Options,
                                 fullScreen: (App) throws -> Void,
                                 plainFront: (AppConfiguration) throws -> Void,
                                 notice: (String) -> Void) throws {
        if options.kiosk.kiosk && options.plain { throw WizardLaunchFailure.kioskNeedsFullScreen("--plain was given") }
        if !options.plain {
            do {
                try fullScreen(App(configuration: configuration))
                try refuseUnverified(configuration)   // the app stopped before its first key
                if let problem = configuration.flowSource.problem {
                    throw WizardLaunchFailure.invalidContent(problem.diagnostics)
                }
                return
            } catch let failure as any FullScreenUnavailable {
                if options.kiosk.kiosk { throw WizardLaunchFailure.kioskNeedsFullScreen(failure.description) }
                notice("amparo: \(failure); using the plain line mode.\n")
            }
        }
        try refuseUnverified(configuration)
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
        let signed = try verifiedBundle(of: directory, publicKey: options.kiosk.contentPublicKey, notice: notice)
        let bundle = signed?.bundle
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
        if let signed {
            // Signed, and checked by this very program when it was signed: read, not checked
            // again, once the rest of the signature check has passed.
            let check = signed.check
            configuration.pendingVerification = check
            configuration.flowSource = FlowSource(loading: {
                if let failure = check.failure {
                    return .failure(ContentLoadFailure(diagnostics: [
                        Diagnostic(.unreadableFile, "the content cannot be used: \(failure)", at: .wholeFile(directory.root)),
                    ]))
                }
                return ContentLoading.loadChecked(directory)
            }, menu: signed.bundle.menu)
            configuration.attorneyReviewNotice = signed.bundle.reviewCoversEverything ? nil : .attorneyReviewNone
        } else {
            configuration.flowSource = FlowSource(loading: { ContentLoading.loadValidated(directory) })
            configuration.attorneyReviewNotice = ContentLoading.reviewCoversEverything(directory) ? nil : .attorneyReviewNone
        }
        configuration.kiosk = options.kiosk
        configuration.volunteerLanguage = options.volunteer
        configuration.services = options.services
        configuration.restartsAfterWipe = options.restartsAfterWipe
        configuration.carriedRestart = options.carriedRestart
        do {
            configuration.site = try site(options.site ?? options.kiosk.site)
        } catch {
            // A site file changed since signing is said as that, not as a broken site.
            try refuseUnverified(configuration)
            throw error
        }
        return configuration
    }

    /// With a `publicKey`, checks the content's signature (refusing content that does not verify)
    /// and, when the compiled bundle may stand for the checks
    /// (``ContentBundle/verified(root:manifest:bytes:today:)``), returns it with the rest of the
    /// check still running (``PendingVerification``): the signature and the bundle's bytes are checked
    /// now, before the first screen is drawn from the bundle, and every other file beside it.
    /// Without a key nil; when the bundle cannot be used, every file is checked now and the result
    /// is nil: the content is then read and checked in full before it is shown.
    static func verifiedBundle(of directory: ContentDirectory, publicKey: String?,
                               notice: (String) -> Void = { _ in }) throws -> (bundle: ContentBundle, check: PendingVerification)? {
        guard let publicKey else { return nil }
        let root = directory.root
        let signed: ContentManifest
        switch ContentVerifier.signedManifest(root: root, publicKey: publicKey) {
        case .failure(let failure): throw WizardLaunchFailure.contentNotVerified(root: root, failure)
        case .success(let signature): signed = signature.manifest
        }
        let unused: ContentBundle.Unused
        switch ContentVerifier.verifiedFile(ContentBundle.path, root: root, signed: signed) {
        case .failure(let failure):
            // Refused either way; the whole check names every file that differs.
            throw WizardLaunchFailure.contentNotVerified(root: root, ContentVerifier.verifyFiles(root: root, signed: signed) ?? failure)
        case .success(nil): unused = .absent
        case .success(let bytes?):
            switch ContentBundle.verified(root: root, manifest: signed, bytes: bytes) {
            case .failure(let reason): unused = reason
            case .success(let bundle):
                let checked = signed.entries.filter { $0.path == ContentBundle.path }
                let check = PendingVerification(root: root) {
                    ContentVerifier.verifyFiles(root: root, signed: signed, known: checked, serially: true)
                }
                return (bundle, check)
            }
        }
        if let failure = ContentVerifier.verifyFiles(root: root, signed: signed) {
            throw WizardLaunchFailure.contentNotVerified(root: root, failure)
        }
        notice("amparo: \(unused), so the content is checked in full at each start (slower); "
               + "sign it again with this amparo to start from a checked bundle\n")
        return nil
    }

    /// Throws when the configuration's ``AppConfiguration/pendingVerification`` fails (waiting for it).
    static func refuseUnverified(_ configuration: AppConfiguration) throws {
        guard let check = configuration.pendingVerification, let failure = check.failure else { return }
        throw WizardLaunchFailure.contentNotVerified(root: check.root, failure)
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
