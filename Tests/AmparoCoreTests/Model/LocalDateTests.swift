import Foundation
import Testing
@testable import AmparoCore

@Suite("LocalDate parsing")
struct LocalDateTests {
    @Test func readsExactlyFourTwoAndTwoDigits() {
        #expect(LocalDate("2026-11-26") == LocalDate(year: 2026, month: 11, day: 26))
        #expect(LocalDate("0001-01-01") == LocalDate(year: 1, month: 1, day: 1))
        #expect(LocalDate("9999-12-31")?.description == "9999-12-31")
    }

    @Test(arguments: ["", "2026", "2026-1-05", "2026-01-5", "26-01-05", "2026/01/05", "2026-01-05 ",
                      " 2026-01-05", "2026-01-050", "+026-01-05", "2026-0a-05", "２０２６-01-05", "2026—01-05",
                      "0000-01-01", "2026-00-10", "2026-13-01", "2026-04-31", "2026-02-29", "1900-02-29"])
    func refusesAnythingElse(text: String) {
        #expect(LocalDate(text) == nil)
    }

    @Test func knowsLeapDays() {
        #expect(LocalDate("2028-02-29") != nil)
        #expect(LocalDate("2000-02-29") != nil)
    }

    /// `today()` reads the C library's clock and time zone; it gives the day Foundation's
    /// calendar gives, across a year of clocks and around midnight.
    @Test func todayMatchesTheCalendar() {
        for hours in stride(from: 0, to: 24 * 400, by: 7) {
            let clock = Date(timeIntervalSince1970: 1_780_000_000 + Double(hours) * 3_600 + 59)
            #expect(LocalDate.today(clock: clock) == LocalDate.today(clock: clock, calendar: .current), "\(clock)")
        }
    }
}
