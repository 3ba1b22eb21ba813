import Foundation
import Testing

@testable import Placard

@Suite struct DateStyleTests {
    static let zones = [
        "UTC", "America/New_York", "Asia/Kolkata", "Europe/London", "Pacific/Chatham", "America/St_Johns",
    ]

    static func style(_ zone: String, format: String = "MMMM d, yyyy") throws -> DateStyle {
        var config = SiteConfig(title: "T", baseURL: "https://example.org/")
        config.timeZone = try #require(TimeZone(identifier: zone))
        config.dateFormat = format
        return DateStyle(config: config)
    }

    /// ISO dates and days are counted by hand; they must read as `ISO8601DateFormatter` and a `yyyy-MM-dd`
    /// formatter write them, offsets and daylight saving included, over two centuries in zones with odd offsets.
    @Test(arguments: zones) func writesISODatesAsFoundationDoes(zone: String) throws {
        let style = try Self.style(zone)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: zone)
        formatter.formatOptions = [.withInternetDateTime]
        let day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = TimeZone(identifier: zone)
        day.dateFormat = "yyyy-MM-dd"
        var seconds = -2_208_988_800.0  // 1900-01-01
        while seconds < 4_102_444_800 {  // 2100-01-01
            let date = Date(timeIntervalSince1970: seconds)
            if TimeZone(identifier: zone)!.secondsFromGMT(for: date) % 60 == 0 {
                #expect(style.iso(date) == formatter.string(from: date))
            } else {
                // Foundation writes a local mean time's seconds (+05:21:10), which RFC 3339 has no room for: the
                // offset is rounded up to the minute, the instant kept.
                let minutes = Int((Double(TimeZone(identifier: zone)!.secondsFromGMT(for: date)) / 60).rounded(.up))
                let offset = String(
                    format: "%@%02d:%02d", minutes < 0 ? "-" : "+", abs(minutes) / 60, abs(minutes) % 60)
                #expect(style.iso(date).hasSuffix(offset))
                #expect(
                    ISO8601DateFormatter().date(from: style.iso(date)).map { abs($0.timeIntervalSince(date)) < 1 }
                        == true)
            }
            #expect(style.dayString(date) == day.string(from: date))
            seconds += 86_400 * 13 + 3_601.5
        }
    }

    /// Readable dates are remembered by day only when the format shows no time.
    @Test func remembersReadableDatesByDayOnlyWithoutATime() throws {
        #expect(DateStyle.showsOnlyTheDay("MMMM d, yyyy"))
        #expect(DateStyle.showsOnlyTheDay("EEEE d 'at' MMMM"))
        #expect(!DateStyle.showsOnlyTheDay("MMMM d, yyyy h:mm a"))
        #expect(!DateStyle.showsOnlyTheDay("d MMM yyyy HH:mm"))
        let dayOnly = try Self.style("America/New_York")
        let withTime = try Self.style("America/New_York", format: "MMMM d, yyyy h:mm a")
        // 23:30 and 00:30 New York time fall on different days though they are an hour apart.
        let late = Date(timeIntervalSince1970: 1_527_219_000)  // 2018-05-24 23:30 EDT
        #expect(dayOnly.readable(late) == "May 24, 2018")
        #expect(dayOnly.readable(late + 3600) == "May 25, 2018")
        #expect(dayOnly.readable(late - 3600 * 20) == "May 24, 2018")
        #expect(withTime.readable(late) == "May 24, 2018 11:30 PM")
        #expect(withTime.readable(late - 3600 * 20) == "May 24, 2018 3:30 AM")
    }
}
