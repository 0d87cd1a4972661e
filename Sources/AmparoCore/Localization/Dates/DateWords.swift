import Foundation

/// The one place dates become words in a language, with Foundation's locale-aware formatting
/// (ICU's data: "July 1, 2027", "1 de julio de 2027", "2027年7月1日", "ngày 1 tháng 7, 2027",
/// "2027년 7월 1일", "Hulyo 1, 2027"). No month names are written by hand anywhere.
public enum DateWords {
    /// How much of the date to say.
    public enum Style: Sendable {
        /// Day, month and year ("July 1, 2027").
        case long
        /// Month and year ("December 2026"), for "checked December 2026".
        case monthYear
    }

    /// `date` in words in the language with BCP 47 tag `languageTag` (`en`, `es`, `zh-Hant`…).
    public static func format(_ date: LocalDate, style: Style = .long, languageTag: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        // Noon, so no time zone can move the day.
        guard let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))
        else { return date.description }
        let locale = Locale(identifier: languageTag)
        switch style {
        case .long:
            return instant.formatted(Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: utc))
        case .monthYear:
            return instant.formatted(Date.FormatStyle(locale: locale, calendar: calendar, timeZone: utc).year().month(.wide))
        }
    }

    private static let utc = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!
}
