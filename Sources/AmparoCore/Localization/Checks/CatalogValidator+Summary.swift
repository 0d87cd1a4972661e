extension ContentValidator.Report {
    /// The summary line of `amparo validate`, counting the catalog checks' files and problems too.
    public func summary(with catalogs: CatalogValidator.Result) -> String {
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let fileCount = files.count + catalogs.files.filter { !files.contains($0) }.count
        var parts = [counted(fileCount, "file"),
                     counted(count(.error) + catalogs.count(.error), "error"),
                     counted(count(.warning) + catalogs.count(.warning), "warning")]
        if count(.note) > 0 { parts.append(counted(count(.note), "note")) }
        return parts.joined(separator: ", ")
    }
}
