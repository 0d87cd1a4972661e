/// Every key a content file (a flow, or a file of `Facts/`) may write. The YAML tree builder
/// matches each mapping key against these names once, by its bytes (`YAMLTree.symbol`), so
/// decoding compares small integers instead of strings. At most 63 keys (`MappingFields` keeps
/// one bit per key).
enum FlowKey: UInt8, CaseIterable {
    case id = 1, title, summary, jurisdiction, version, reviewBy, notice, sources, start, steps, cards
    case kind, text, detail, volunteerNote, options, unsure, next, showMatching, label
    case cite, url, asOf, contested, body, say, facts, urgent, when, contacts, name, phone, hours
    case `if`, to
    case now, checked
    case statement, confidence, status, supersededBy, research
    case attorneyReview, reviewer, date, contentDigest, flows, note
    case referrals

    /// The key as written in the file.
    var name: String { FlowKey.names[Int(rawValue) - 1] }

    /// The names in symbol order: entry `n` is the name of the key whose raw value is `n + 1`.
    static let names: [String] = allCases.map { key in
        switch key {
        case .reviewBy: return "review-by"
        case .volunteerNote: return "volunteer-note"
        case .showMatching: return "show-matching"
        case .asOf: return "as-of"
        case .supersededBy: return "superseded-by"
        case .attorneyReview: return "attorney-review"
        case .contentDigest: return "content-digest"
        default: return String(describing: key)  // once per key, not per use: reflection is slow
        }
    }

    /// Keys earlier versions of the format used where they are no longer allowed, with what to
    /// write instead (said under the "unknown key" error, in place of a "did you mean").
    static let retired: [String: String] = [
        "reviewed": "note: 'reviewed' is no longer used: record an attorney's review in Facts/attorney-review.yaml (docs/content-review.md), and never one that did not happen",
        "sources": "note: sources are written once, in Facts/sources.yaml; a card reaches them through its facts",
        "cite": "note: a card rests on facts ('facts: [fact-id]'); its sources come through them (docs/flow-format.md, \"Facts\")",
        "as-of": "note: a card shows the 'checked' date of its facts; write 'checked:' only to show an earlier date",
    ]

    /// The key with this tree symbol, or `nil` for a key that is not a known key.
    init?(symbol: UInt8) {
        self.init(rawValue: symbol)
    }
}
