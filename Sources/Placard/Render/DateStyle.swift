import Foundation
import Synchronization

/// Formats dates for readers (the site's `date_format`, language and time zone) and for machines (ISO 8601).
///
/// Sendable as the compiler checks it: Foundation's `DateFormatter` is `Sendable` (each formatter locks its own
/// state), so one style serves every post rendering at once.
struct DateStyle: Sendable {
    private let display: DateFormatter
    private let monthDay: DateFormatter
    private let timeZone: TimeZone
    /// Readable dates by day, when the format shows no time of day: a comment archive formats thousands of dates
    /// over a few hundred days, and each formatter call goes through ICU.
    private let readableByDay: DayMemo?

    init(config: SiteConfig) {
        display = DateFormatter()
        display.locale = Locale(identifier: config.language)
        display.timeZone = config.timeZone
        display.dateFormat = config.dateFormat
        monthDay = DateFormatter()
        monthDay.locale = Locale(identifier: config.language)
        monthDay.timeZone = config.timeZone
        monthDay.setLocalizedDateFormatFromTemplate("MMMMd")
        timeZone = config.timeZone
        readableByDay = Self.showsOnlyTheDay(config.dateFormat) ? DayMemo() : nil
    }

    /// "May 24, 2018".
    func readable(_ date: Date) -> String {
        guard let readableByDay else { return display.string(from: date) }
        let key = CivilDays.floorDivision(local(date), 86400)
        if let known = readableByDay.texts.withLock({ $0[key] }) { return known }
        let text = display.string(from: date)
        readableByDay.texts.withLock { $0[key] = text }
        return text
    }

    /// "2018-05-24T00:00:00-04:00", as `ISO8601DateFormatter` writes it with `.withInternetDateTime` ("Z" for a zero
    /// offset), counted here without ICU.
    /// An offset with seconds (a local mean time) is rounded up to the minute, the time written on that clock.
    func iso(_ date: Date) -> String {
        let offset = timeZone.minuteOffset(for: date)
        let seconds = local(date, offset: offset)
        let days = CivilDays.floorDivision(seconds, 86400)
        let (year, month, dayOfMonth) = CivilDays.day(days)
        // Years outside four digits, as ICU does.
        guard (1...9999).contains(year) else {
            let machine = ISO8601DateFormatter()
            machine.timeZone = TimeZone(secondsFromGMT: offset) ?? timeZone
            machine.formatOptions = [.withInternetDateTime]
            return machine.string(from: date)
        }
        // Written as bytes into one buffer: a comment archive formats thousands of these.
        let time = seconds - days * 86400
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        func put(_ value: Int, _ width: Int) {
            var divisor = 1
            for _ in 1..<width { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        put(year, 4)
        bytes.append(UInt8(ascii: "-"))
        put(month, 2)
        bytes.append(UInt8(ascii: "-"))
        put(dayOfMonth, 2)
        bytes.append(UInt8(ascii: "T"))
        put(time / 3600, 2)
        bytes.append(UInt8(ascii: ":"))
        put(time / 60 % 60, 2)
        bytes.append(UInt8(ascii: ":"))
        put(time % 60, 2)
        if offset == 0 {
            bytes.append(UInt8(ascii: "Z"))
        } else {
            let minutes = abs(offset) / 60
            bytes.append(UInt8(ascii: offset < 0 ? "-" : "+"))
            put(minutes / 60, 2)
            bytes.append(UInt8(ascii: ":"))
            put(minutes % 60, 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// "June 15", in the site's language.
    func shortDay(_ date: Date) -> String { monthDay.string(from: date) }
    /// "2018-05-24", the day on the site's clock.
    func dayString(_ date: Date) -> String {
        let (year, month, day) = CivilDays.day(CivilDays.floorDivision(local(date), 86400))
        guard (1...9999).contains(year) else {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = timeZone
            formatter.dateFormat = "yyyy-MM-dd"
            return formatter.string(from: date)
        }
        return Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2)
    }

    /// Whole seconds since 1970 on the site's clock.
    private func local(_ date: Date, offset: Int? = nil) -> Int {
        Int(date.timeIntervalSince1970.rounded(.down)) + (offset ?? timeZone.secondsFromGMT(for: date))
    }

    /// Whether a date format (ICU pattern) shows only era, year, quarter, month, week and day fields.
    static func showsOnlyTheDay(_ format: String) -> Bool {
        var quoted = false
        for scalar in format.unicodeScalars {
            if scalar == "'" {
                quoted.toggle()
            } else if !quoted, scalar.properties.isAlphabetic, scalar.isASCII,
                !"GyYuUrQqMLlwWdDFgEec".unicodeScalars.contains(scalar)
            {
                return false
            }
        }
        return true
    }

    private static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return text.count >= count ? text : String(repeating: "0", count: count - text.count) + text
    }
}

/// Texts by day number, shared by the threads that render posts.
private final class DayMemo: Sendable {
    let texts = Mutex<[Int: String]>([:])
}
