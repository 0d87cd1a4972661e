import Foundation

/// A calendar day written `YYYY-MM-DD`, with no time and no time zone.
public struct LocalDate: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public var year: Int
    /// The month, 1...12.
    public var month: Int
    /// The day of the month, 1...31 (checked against the month's length).
    public var day: Int

    /// Creates a date from its parts, or `nil` when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two ASCII digits), or returns `nil`.
    public init?(_ text: String) {
        var year = 0, month = 0, day = 0
        var position = 0
        for byte in text.utf8 {
            defer { position += 1 }
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard position < 10, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if position < 4 { year = year * 10 + digit } else if position < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        guard position == 10 else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Today's date in the local time zone.
    public static func today(clock: Date, calendar: Calendar) -> LocalDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: clock)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }

    /// Today (or the day of `clock`) in the machine's time zone, from the C library's
    /// `localtime_r`: the same day `Calendar.current` gives, without loading ICU's calendar and
    /// time-zone data, which cost the first screen about 4 ms.
    public static func today(clock: Date = Date()) -> LocalDate {
        var seconds = time_t(clock.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil,
              let day = LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)) else {
            return today(clock: clock, calendar: .current)
        }
        return day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let pad = { (value: Int, width: Int) -> String in
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The same day `count` months later (earlier when negative), moved back to the month's
    /// last day when the month is shorter (2026-08-31 plus 6 months is 2027-02-28).
    public func adding(months count: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + count
        let newYear = min(max(total / 12, 1), 9999), newMonth = total % 12 + 1
        return LocalDate(year: newYear, month: newMonth, day: min(day, LocalDate.daysIn(month: newMonth, year: newYear)))!
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
