/// Lists in messages: "a, b or c".
enum ListWording {
    /// "a, b or c" ("a" alone, "a or b" for two).
    static func or(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}

extension ListWording {
    /// "a, b and c" ("a" alone, "a and b" for two).
    static func and(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}
