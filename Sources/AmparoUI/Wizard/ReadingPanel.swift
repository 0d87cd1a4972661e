/// A screen to read over the page; any key that does not scroll it closes it, and the page
/// under it is as it was.
public enum ReadingPanel: Hashable, Sendable {
    /// The keys and what they do.
    case help
    /// The sources of the outcome's guidance: citations, web addresses, notes.
    case sources
}
