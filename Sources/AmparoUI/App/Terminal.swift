/// What the run loop needs from a terminal. `AmparoCurses` implements it with
/// ncursesw; tests implement it in memory.
public protocol Terminal: AnyObject {
    /// The size in cells, as of the last resize.
    var width: Int { get }
    var height: Int { get }
    /// Waits up to `timeoutMilliseconds` (nil: forever) for a key; nil on timeout.
    func readKey(timeoutMilliseconds: Int?) -> Key?
    /// Shows `screen`, redrawing only what changed since the last call.
    func present(_ screen: Screen)
    /// Clears the screen and the scrollback (`TerminalWipe`), so the next `present` redraws
    /// everything. A kiosk wipe calls it.
    func clearScrollback()
}

extension Terminal {
    /// Terminals without a scrollback (in-memory ones) have nothing to clear.
    public func clearScrollback() {}
}
