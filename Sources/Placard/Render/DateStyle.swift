import Foundation

/// Formats dates for readers (the site's `date_format`, language and time zone) and for machines (ISO 8601).
struct DateStyle: @unchecked Sendable {
    private let display: DateFormatter
    private let machine: ISO8601DateFormatter
    private let day: DateFormatter
    private let monthDay: DateFormatter

    init(config: SiteConfig) {
        display = DateFormatter()
        display.locale = Locale(identifier: config.language)
        display.timeZone = config.timeZone
        display.dateFormat = config.dateFormat
        machine = ISO8601DateFormatter()
        machine.timeZone = config.timeZone
        machine.formatOptions = [.withInternetDateTime]
        day = DateFormatter()
        day.locale = Locale(identifier: "en_US_POSIX")
        day.timeZone = config.timeZone
        day.dateFormat = "yyyy-MM-dd"
        monthDay = DateFormatter()
        monthDay.locale = Locale(identifier: config.language)
        monthDay.timeZone = config.timeZone
        monthDay.setLocalizedDateFormatFromTemplate("MMMMd")
    }

    /// "May 24, 2018".
    func readable(_ date: Date) -> String { display.string(from: date) }
    /// "2018-05-24T00:00:00-04:00".
    func iso(_ date: Date) -> String { machine.string(from: date) }
    /// "June 15", in the site's language.
    func shortDay(_ date: Date) -> String { monthDay.string(from: date) }
    /// "2018-05-24".
    func dayString(_ date: Date) -> String { day.string(from: date) }
}
