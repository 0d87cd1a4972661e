import ArgumentParser

/// The options of the wizard itself (`amparo` with no subcommand), as swift-argument-parser reads
/// them (its help, its messages, the `wizard` subcommand). ``WizardArguments/read(directly:)`` reads
/// the same options when nothing else is given.
struct WizardOptions: ParsableArguments {
    @Flag(help: "Use the plain line mode (numbered choices, one per line) even on a terminal.")
    var plain = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("Start in this language and skip the language picker.", valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp("Read Flows/ and Localization/ from this directory.", valueName: "dir"))
    var content: String?

    @Option(help: ArgumentHelp("Plain line mode: start this flow and skip the situation picker.", valueName: "id"))
    var flow: String?

    @Flag(help: "Run as a walk-up kiosk (also AMPARO_KIOSK=1 or `kiosk = true` in /etc/amparo/kiosk.conf).")
    var kiosk = false

    @Option(help: ArgumentHelp("Show the services of this site (a center's own referrals, in Open Referral HSDS 3.0) that the guidance calls for; over `site = DIR` in the config file.",
                               valueName: "dir"))
    var site: String?

    @Option(help: ArgumentHelp("Volunteer mode: show the volunteer's language beside the person's.", valueName: "tag"))
    var volunteer: String?

    /// The values read.
    var arguments: WizardArguments {
        WizardArguments(plain: plain, kiosk: kiosk, language: language, content: content, flow: flow,
                        site: site, volunteer: volunteer)
    }
}
