/// Which footer hints stay when the footer is too narrow for all of them: a hint's priority is
/// its place in the order for the mode (lower is kept first, see ``Hint/priority``).
///
/// In a kiosk, quick exit and "Agents are here now" come first, on every screen (then read
/// aloud, and at the outcome the take-away and "finish", which starts over for the next
/// person). Outside a kiosk, "Agents are here
/// now" comes first too, then the screen's own keys; restart, help and quick exit drop first.
public enum HintOrder {
    /// The kiosk order, most important first. `.confirm` stands for the screen's main key
    /// (select, continue, toggle or scroll).
    static let kiosk: [Action] = [
        .quickExit, .urgent, .readAloud, .takeAway, .confirm, .back, .language, .help, .restart, .quit, .sources,
    ]
    /// The order outside a kiosk.
    static let standard: [Action] = [
        .urgent, .confirm, .back, .takeAway, .readAloud, .language, .quit, .help, .restart, .quickExit, .sources,
    ]

    /// The priority of the hint that sends `action`; actions not in the order come last.
    public static func priority(of action: Action, kiosk: Bool, atOutcome: Bool = false) -> Int {
        var order = kiosk ? Self.kiosk : standard
        if kiosk && atOutcome, let quit = order.firstIndex(of: .quit), let takeAway = order.firstIndex(of: .takeAway) {
            order.remove(at: quit)
            order.insert(.quit, at: takeAway + 1)
        }
        let main: Set<Action> = [.confirm, .toggle, .pageDown]
        let key = main.contains(action) ? .confirm : action
        return order.firstIndex(of: key) ?? order.count
    }
}
