/// The header of a PO file: the `msgstr` of the entry with an empty `msgid`, read as
/// `Name: value` lines, in order.
public struct POHeader: Sendable, Hashable {
    /// The header's own field that records how a translation was made and reviewed.
    public static let translationStatusField = "X-Amparo-Translation-Status"

    /// The fields, in the order they appear.
    public var fields: [(name: String, value: String)] {
        get { zip(names, values).map { ($0, $1) } }
        set {
            names = newValue.map(\.name)
            values = newValue.map(\.value)
        }
    }

    private var names: [String]
    private var values: [String]
    /// Comments and flags written above the header entry.
    public var entry: POEntry

    /// Creates a header from its fields.
    public init(fields: [(name: String, value: String)], entry: POEntry = POEntry(id: "")) {
        self.names = fields.map(\.name)
        self.values = fields.map(\.value)
        self.entry = entry
    }

    /// Reads the header from the header entry's `msgstr`. Lines without a colon are ignored.
    public init(entry: POEntry) {
        var fields: [(name: String, value: String)] = []
        for line in (entry.strings.first ?? "").split(separator: "\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimming(" \t")
            let value = line[line.index(after: colon)...].trimming(" \t")
            fields.append((name, value))
        }
        self.init(fields: fields, entry: entry)
    }

    /// The value of a field (names compare without regard to case).
    public subscript(name: String) -> String? {
        let wanted = name.lowercased()
        return names.firstIndex { $0.lowercased() == wanted }.map { values[$0] }
    }

    /// The `msgstr` text of the header.
    public var text: String {
        zip(names, values).map { "\($0): \($1)\n" }.joined()
    }

    /// The charset of `Content-Type` (`UTF-8`), if declared.
    public var charset: String? {
        guard let contentType = self["Content-Type"] else { return nil }
        for parameter in contentType.split(separator: ";") {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimming(" \t") }
            if pair.count == 2, pair[0].lowercased() == "charset" { return pair[1] }
        }
        return nil
    }

    /// The `Language` field.
    public var language: String? { self["Language"] }

    /// The `nplurals` of `Plural-Forms`, or `nil` when the field is absent or unreadable.
    public var pluralCount: Int? {
        guard let forms = self["Plural-Forms"] else { return nil }
        for part in forms.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimming(" \t") }
            if pair.count == 2, pair[0] == "nplurals", let count = Int(pair[1]), (1...6).contains(count) {
                return count
            }
        }
        return nil
    }

    /// The `X-Amparo-Translation-Status` field, read.
    public var translationStatus: TranslationStatus {
        TranslationStatus(headerValue: self[Self.translationStatusField])
    }

    public static func == (lhs: POHeader, rhs: POHeader) -> Bool {
        lhs.names == rhs.names && lhs.values == rhs.values && lhs.entry == rhs.entry
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(names)
        hasher.combine(values)
    }
}
