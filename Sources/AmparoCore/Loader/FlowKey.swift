/// Every key a flow file may write. The YAML tree builder matches each mapping key against
/// these names once, by its bytes (`YAMLTree.symbol`), so decoding compares small integers
/// instead of strings.
enum FlowKey: UInt8, CaseIterable {
    case id = 1, title, summary, jurisdiction, version, reviewed, reviewBy, notice, sources, start, steps, cards
    case kind, text, detail, volunteerNote, options, unsure, next, showMatching, label
    case cite, url, asOf, contested, body, say, facts, urgent, when, contacts, name, phone, hours
    case `if`, to

    /// The key as written in the file.
    var name: String { FlowKey.names[Int(rawValue) - 1] }

    /// The names in symbol order: entry `n` is the name of the key whose raw value is `n + 1`.
    static let names: [String] = allCases.map { key in
        switch key {
        case .reviewBy: return "review-by"
        case .volunteerNote: return "volunteer-note"
        case .showMatching: return "show-matching"
        case .asOf: return "as-of"
        default: return String(describing: key)  // once per key, not per use: reflection is slow
        }
    }

    /// The key with this tree symbol, or `nil` for a key that is not a flow key.
    init?(symbol: UInt8) {
        self.init(rawValue: symbol)
    }
}
