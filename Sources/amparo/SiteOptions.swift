import AmparoCore
import AmparoUI
import ArgumentParser

/// `--site DIR` for decide and review: the center's own referrals, shown after the statewide
/// contacts (docs/site-format.md).
struct SiteOptions: ParsableArguments {
    @ArgumentParser.Option(help: ArgumentHelp("Show the services of this site (a center's own referrals, in Open Referral HSDS 3.0) that the cards call for.",
                                              valueName: "dir"))
    var site: String?

    /// The site, or its located errors on standard error and exit status 1.
    func load() throws -> Site? {
        do {
            return try WizardLauncher.site(site)
        } catch WizardLaunchFailure.invalidSite(let diagnostics) {
            Console.diagnostics(diagnostics.filter { $0.severity == .error })
            Console.error("the site has errors; fix them first (amparo site check shows them all)")
            throw ExitCode(1)
        }
    }
}
