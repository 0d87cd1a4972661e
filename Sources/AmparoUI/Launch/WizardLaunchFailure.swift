import AmparoCore

/// Why the wizard could not start.
public enum WizardLaunchFailure: Error, CustomStringConvertible {
    /// No content directory was found.
    case noContent
    /// The content has errors; no flow of it is shown.
    case invalidContent([Diagnostic])
    /// The site (`--site DIR` or `site = DIR`) has errors; nothing is shown.
    case invalidSite([Diagnostic])
    /// Kiosk mode was asked for where only the plain line mode can run.
    case kioskNeedsFullScreen(String)
    /// `--lang` names a language Amparo does not offer.
    case unknownLanguage(UnknownLanguageError)
    /// The config names a `content-public-key` and the content does not verify against it.
    case contentNotVerified(root: String, ContentVerificationFailure)
    /// A kiosk wiped the screen and could not start a fresh copy of itself (`execv` failed);
    /// it ends rather than carry the last person's memory on.
    case restartFailed(String)

    public var description: String {
        switch self {
        case .noContent:
            return "amparo: no Flows/ directory found; use --content DIR or set AMPARO_CONTENT"
        case .invalidContent(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return (errors.map(\.headline) + ["amparo: the content has errors; run `amparo validate`"])
                .joined(separator: "\n")
        case .invalidSite(let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            return (errors.map(\.headline) + ["amparo: the site has errors; run `amparo site check DIR`"])
                .joined(separator: "\n")
        case .unknownLanguage(let error):
            return "amparo: \(error)"
        case .contentNotVerified(let root, let failure):
            return "amparo: refusing to start: \(root): \(failure); run `amparo verify --public-key KEY --content \(root)`"
        case .restartFailed(let reason):
            return "amparo: the kiosk could not start afresh after a wipe (\(reason)); it has ended"
        case .kioskNeedsFullScreen(let reason):
            return "amparo: kiosk mode needs a full-screen terminal (\(reason)); it cannot run in the plain line mode"
        }
    }
}
