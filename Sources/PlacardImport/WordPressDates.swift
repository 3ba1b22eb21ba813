import Foundation
import Placard

/// Dates as WordPress exports them: `2014-01-14 17:31:03` in GMT, or RFC 822 in `<pubDate>`.
enum WordPressDates {
    /// The post's GMT date; the local date (read as GMT), `<pubDate>` or its first comment's date when WordPress left it
    /// empty.
    static func postDate(_ item: WordPressItem) -> Date? {
        gmt(item["wp:post_date_gmt"]) ?? gmt(item["wp:post_date"]) ?? rfc822(item["pubDate"])
            ?? item.firstCommentDate
    }

    /// `2014-01-14 17:31:03` as GMT; nil for WordPress's `0000-00-00 00:00:00` and anything else.
    ///
    /// Read by hand rather than with a `DateFormatter`: an export has a date or two per comment, and creating a
    /// formatter for each was most of an import's time.
    static func gmt(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 19 else { return nil }
        var value = [0, 0, 0, 0, 0, 0]
        var field = 0
        for (offset, byte) in bytes.enumerated() {
            switch offset {
            case 4, 7, 10, 13, 16:
                let separator = offset < 10 ? UInt8(ascii: "-") : offset == 10 ? UInt8(ascii: " ") : UInt8(ascii: ":")
                guard byte == separator else { return nil }
                field += 1
            default:
                guard (48...57).contains(byte) else { return nil }
                value[field] = value[field] * 10 + Int(byte - 48)
            }
        }
        let (year, month, day) = (value[0], value[1], value[2])
        guard year > 0, (1...12).contains(month), (1...daysIn(month, of: year)).contains(day), value[3] < 24,
            value[4] < 60, value[5] < 60
        else { return nil }
        let seconds =
            daysSinceEpoch(year: year, month: month, day: day) * 86_400 + value[3] * 3_600 + value[4] * 60
            + value[5]
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// `2014-01-14T17:31:03Z`: a date in UTC, to the second.
    static func utc(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, time) = (seconds.floorDivided(by: 86_400), seconds.floorModulo(86_400))
        let (year, month, day) = civil(daysSinceEpoch: days)
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(time / 3_600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    private static func daysIn(_ month: Int, of year: Int) -> Int {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = shifted.floorDivided(by: 400)
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSinceEpoch` (Howard Hinnant's `civil_from_days`).
    private static func civil(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * monthIndex + 2) / 5 + 1)
    }

    /// `Tue, 14 Jan 2014 17:31:03 +0000`.
    static func rfc822(_ text: String) -> Date? {
        guard !text.isEmpty else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: text)
    }
}

extension Int {
    /// Division rounding towards minus infinity.
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder of `floorDivided(by:)`, never negative for a positive divisor.
    fileprivate func floorModulo(_ divisor: Int) -> Int { self - floorDivided(by: divisor) * divisor }
}
