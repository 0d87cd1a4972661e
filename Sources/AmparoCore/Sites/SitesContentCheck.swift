import Foundation

/// `amparo validate` on a whole content directory: every folder of its `Sites/` is read and
/// checked as `amparo site check` does (a site is content, like the flows). Its errors are the
/// content's errors; its warnings (a stale service, a missing language) are warnings.
public struct SitesContentCheck: ContentCheck {
    /// The folder of the content root that holds the sites.
    public static let folder = "Sites"

    /// Creates the check.
    public init() {}

    public func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String]) {
        guard let root = content.contentRoot else { return ([], []) }
        let sites = (root as NSString).appendingPathComponent(SitesContentCheck.folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: sites) else { return ([], []) }
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let directory = (sites as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            diagnostics += SiteLoader.load(directory: directory, today: content.today).diagnostics
            files += SitesContentCheck.jsonFiles(in: directory)
        }
        return (diagnostics, files)
    }

    /// The site's JSON files: its own and those of its language folders.
    static func jsonFiles(in directory: String) -> [String] {
        let folders = [directory] + Language.known.map { (directory as NSString).appendingPathComponent($0.tag) }
        return folders.flatMap { folder in
            [SiteLoader.organizationFile, SiteLoader.servicesFile].map { (folder as NSString).appendingPathComponent($0) }
        }.filter { FileManager.default.fileExists(atPath: $0) }
    }
}
