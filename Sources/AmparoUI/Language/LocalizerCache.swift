import AmparoCore
import Foundation

/// Keeps each language's ``Localizer`` once it is read, so a language's catalog is read and
/// parsed once per run however often its words are asked for: the volunteer view asks for two
/// languages on every frame, and a one-entry cache re-read both in turn. A catalog is at most a
/// few hundred kilobytes and there are seven languages; nothing in it is about the person.
public final class LocalizerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: Localizer?] = [:]
    private var loads: [String: Int] = [:]
    private let make: @Sendable (String) -> Localizer?

    /// A cache over `make`, which reads a language's catalog.
    public init(_ make: @escaping @Sendable (String) -> Localizer?) {
        self.make = make
    }

    /// The localizer for `tag`, made now only the first time it is asked for.
    public func localizer(for tag: String) -> Localizer? {
        lock.lock()
        defer { lock.unlock() }
        if let known = made[tag] { return known }
        let localizer = make(tag)
        made[tag] = .some(localizer)
        loads[tag, default: 0] += 1
        return localizer
    }

    /// How many times `tag`'s catalog was read (at most once).
    public func loadCount(for tag: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return loads[tag] ?? 0
    }
}
