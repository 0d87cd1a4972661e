/// Dates in content text: `{date:2027-07-01}` (said "July 1, 2027") and `{month:2027-07}` (said
/// "July 2027"). Text keeps the placeholder, in English and in every translation; the program
/// puts the date in words in the language shown, at the moment it is shown
/// (``Localizer/localize(_:)``). A translation must keep the same placeholders as its English.
public enum DatePlaceholder {
    /// A date problem in text.
    public enum Problem: Hashable, Sendable {
        /// `YYYY-MM-DD` written as digits outside a placeholder.
        case bare(String)
        /// A placeholder that is not a real day (or month), as written.
        case malformed(String)
    }

    /// `text` with every placeholder in words in the language `languageTag` (placeholders that
    /// are not real dates are left as written).
    public static func fill(_ text: String, languageTag: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let found = nextPlaceholder(in: rest) {
            output += rest[..<found.range.lowerBound]
            if let date = found.date {
                output += DateWords.format(date, style: found.style, languageTag: languageTag)
            } else {
                output += rest[found.range]
            }
            rest = rest[found.range.upperBound...]
        }
        return output + rest
    }

    /// The placeholders of `text`, sorted as written (`{date:2027-07-01}`), to compare a
    /// translation with its English.
    public static func signature(of text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while let found = nextPlaceholder(in: rest) {
            result.append(String(rest[found.range]))
            rest = rest[found.range.upperBound...]
        }
        return result.sorted()
    }

    /// Bare `YYYY-MM-DD` dates and malformed placeholders in `text`, in order.
    public static func problems(in text: String) -> [Problem] {
        var problems: [Problem] = []
        var rest = Substring(text)
        while true {
            let found = nextPlaceholder(in: rest)
            let before = found.map { rest[..<$0.range.lowerBound] } ?? rest
            problems += bareDates(in: before).map(Problem.bare)
            guard let found else { break }
            if found.date == nil { problems.append(.malformed(String(rest[found.range]))) }
            rest = rest[found.range.upperBound...]
        }
        return problems
    }

    private struct Found {
        var range: Range<Substring.Index>
        var date: LocalDate?
        var style: DateWords.Style
    }

    private static let kinds: [(prefix: String, style: DateWords.Style)] = [("{date:", .long), ("{month:", .monthYear)]

    /// The next `{date:…}` or `{month:…}`, up to its `}` (or the end of the text).
    private static func nextPlaceholder(in text: Substring) -> Found? {
        var index = text.startIndex
        while let open = text[index...].firstIndex(of: "{") {
            for kind in kinds where text[open...].hasPrefix(kind.prefix) {
                let valueStart = text.index(open, offsetBy: kind.prefix.count)
                let close = text[valueStart...].firstIndex(of: "}")
                let end = close.map { text.index(after: $0) } ?? text.endIndex
                let value = String(text[valueStart..<(close ?? text.endIndex)])
                let date: LocalDate? = close == nil ? nil
                    : kind.style == .long ? LocalDate(value) : LocalDate("\(value)-01")
                let valid = kind.style == .long || value.utf8.count == 7
                return Found(range: open..<end, date: valid ? date : nil, style: kind.style)
            }
            index = text.index(after: open)
        }
        return nil
    }

    /// `YYYY-MM-DD` runs not touching other digits.
    private static func bareDates(in text: Substring) -> [String] {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ position: Int) -> Bool {
            position >= 0 && position < scalars.count && ("0"..."9").contains(scalars[position])
        }
        var result: [String] = []
        var position = 0
        while position + 10 <= scalars.count {
            let shape = (0..<10).allSatisfy { offset in
                offset == 4 || offset == 7 ? scalars[position + offset] == "-" : isDigit(position + offset)
            }
            if shape, !isDigit(position - 1), !isDigit(position + 10) {
                var written = String.UnicodeScalarView()
                written.append(contentsOf: scalars[position..<(position + 10)])
                result.append(String(written))
                position += 10
            } else {
                position += 1
            }
        }
        return result
    }
}
