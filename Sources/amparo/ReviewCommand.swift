import AmparoCore
import ArgumentParser
import Foundation

/// `amparo review`: the reviewer's sheet for a supervising attorney.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Print a flow's review sheet: the attorney review status and content digest, every fact and card in full, and the answers that show each card.",
        discussion: "See docs/content-review.md for how to use it for sign-off."
    )

    @OptionGroup var flowOptions: FlowOptions


    @OptionGroup var language: LanguageOptions

    @OptionGroup var site: SiteOptions

    func run() throws {
        let flow = try flowOptions.load()
        let site = try site.load()
        // The digest a review record names: of the content that holds the flow.
        let root = ContentLocator.locate(override: flowOptions.content)?.root
        let contentRoot = FactLoader.directory(forFlowAt: flow.location.file).map { ($0 as NSString).deletingLastPathComponent } ?? root
        let manifest = contentRoot.flatMap { try? ContentManifest.build(root: $0) }
        Console.write(ReviewSheet(flow: flow, language: try language.reportLanguage(for: flow),
                                  reviewedDigest: manifest?.reviewedDigest, manifestDigest: manifest?.digest,
                                  site: site).text())
    }
}
