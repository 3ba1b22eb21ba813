import Foundation
import Testing

@testable import Placard

@Suite struct DateParserTests {
    let utc = DateParser(timeZone: TimeZone(identifier: "UTC")!)
    let newYork = DateParser(timeZone: TimeZone(identifier: "America/New_York")!)

    @Test(arguments: [
        ("2018-05-24", 1_527_120_000.0), ("2018-05-24 14:03", 1_527_170_580), ("2018-05-27T14:03:00Z", 1_527_429_780),
        ("2018-05-27T14:03:00+02:00", 1_527_422_580), ("2018-05-27T14:03:00.250Z", 1_527_429_780),
    ])
    func readsWrittenDates(text: String, seconds: Double) throws {
        #expect(try utc.parse(text).get() == Date(timeIntervalSince1970: seconds))
    }

    @Test func readsDatesWithoutAnOffsetInTheSiteTimeZone() throws {
        #expect(try newYork.parse("2018-12-24").get() == Date(timeIntervalSince1970: 1_545_627_600))
        #expect(try newYork.parse("2018-12-24T00:00:00Z").get() == Date(timeIntervalSince1970: 1_545_609_600))
    }

    @Test(arguments: ["2018-02-30", "2019-02-29", "2018-13-01", "2018-04-31", "2018-05-24 25:00", "2018-05-24 10:60"])
    func refusesDaysAndTimesThatDoNotExist(text: String) {
        #expect(utc.parse(text) == .failure(.impossible(text)))
    }

    @Test func refusesAClockTimeSkippedByDaylightSaving() {
        #expect(newYork.parse("2018-03-11 02:30") == .failure(.impossible("2018-03-11 02:30")))
    }

    @Test(arguments: ["tomorrow", "5/29", "2018/05/24", "2018-05-24T", "2018-05-24 9:00", "2018-05-24Tx"])
    func refusesOtherForms(text: String) {
        #expect(utc.parse(text) == .failure(.format(text)))
    }

    /// Dates at a fixed offset are counted without a calendar: over 40,000 days from 1601 to 2400 and every offset
    /// form, the count agrees with Gregorian calendar arithmetic, leap days included.
    @Test func countsFixedOffsetDatesAsTheCalendarDoes() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = calendar.date(from: DateComponents(year: 1601, month: 1, day: 1))!
        let end = calendar.date(from: DateComponents(year: 2400, month: 12, day: 31))!
        var checked = 0
        while day <= end {
            let parts = calendar.dateComponents([.year, .month, .day], from: day)
            let text = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            #expect(try utc.parse(text).get() == day, "\(text)")
            #expect(try newYork.parse(text + "T13:45:07-04:30").get() == day + 13 * 3600 + 45 * 60 + 7 + 4.5 * 3600)
            day += 86400 * 7
            checked += 1
        }
        #expect(checked > 40_000)
        #expect(try utc.parse("2000-02-29").get() == Date(timeIntervalSince1970: 951_782_400))
        #expect(utc.parse("1900-02-29") == .failure(.impossible("1900-02-29")))
        #expect(utc.parse("2018-05-24T23:59:60Z") == .failure(.impossible("2018-05-24T23:59:60Z")))
    }
}
