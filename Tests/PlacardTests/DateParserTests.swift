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
}
