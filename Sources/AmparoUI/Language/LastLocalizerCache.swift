import AmparoCore
import Foundation

/// Remembers the last language's ``Localizer``, so that the interface strings and the
/// translation status of one language read and parse its catalog once, not once each. Only
/// the last language is kept: switching languages frees the previous catalog.
final class LastLocalizerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (tag: String, localizer: Localizer?)?
    private let make: @Sendable (String) -> Localizer?

    /// A cache over `make`, which reads a language's catalog.
    init(_ make: @escaping @Sendable (String) -> Localizer?) {
        self.make = make
    }

    /// The localizer for `tag`, made now unless it is the last one asked for.
    func localizer(for tag: String) -> Localizer? {
        lock.lock()
        defer { lock.unlock() }
        if let last, last.tag == tag { return last.localizer }
        last = nil
        let made = make(tag)
        last = (tag, made)
        return made
    }
}
