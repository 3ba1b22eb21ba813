import Foundation

/// Reads the dates authors write, `2018-05-24`, `2018-05-24 14:03`, `2018-05-27T14:03:00Z`, in the site's time zone.
struct DateParser: Sendable {
    /// The zone for dates written without an offset.
    let timeZone: TimeZone

    /// The instant a written date names.
    /// - Returns: the date, or a message that says what is wrong with it.
    package func parse(_ text: String) -> Result<Date, DateError> {
        let scanner = DigitScanner(text.trimmingWhitespace)
        guard let year = scanner.number(4), scanner.skip("-"), let month = scanner.number(2), scanner.skip("-"),
            let day = scanner.number(2)
        else { return .failure(.format(text)) }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var zone = timeZone
        var offset: Int? = Self.isUTC(timeZone) ? 0 : nil
        if !scanner.atEnd {
            guard scanner.skip("T") || scanner.skip(" "), let hour = scanner.number(2), scanner.skip(":"),
                let minute = scanner.number(2)
            else { return .failure(.format(text)) }
            components.hour = hour
            components.minute = minute
            if scanner.skip(":") {
                guard let second = scanner.number(2) else { return .failure(.format(text)) }
                components.second = second
                if scanner.skip(".") { _ = scanner.digits() }
            }
            if !scanner.atEnd {
                guard let written = scanner.zoneOffset(), scanner.atEnd else { return .failure(.format(text)) }
                zone = TimeZone(secondsFromGMT: written) ?? timeZone
                offset = written
            }
        }
        if let offset { return date(from: components, offset: offset, text: text) }
        return date(from: components, in: zone, text: text)
    }

    /// Whether a zone is UTC all year, so its dates need no calendar.
    private static func isUTC(_ zone: TimeZone) -> Bool {
        ["GMT", "UTC", "Etc/UTC", "Etc/GMT"].contains(zone.identifier)
    }

    /// The date at a fixed offset from UTC, counted in days since 1970 (``CivilDays``), as the
    /// calendar would give it; comments' dates are mostly written `…Z`, and a calendar per date was slow
    /// (docs/performance.md).
    private func date(from components: DateComponents, offset: Int, text: String) -> Result<Date, DateError> {
        guard let year = components.year, let month = components.month, let day = components.day, year >= 1 else {
            return date(from: components, in: TimeZone(secondsFromGMT: offset) ?? timeZone, text: text)
        }
        let hour = components.hour ?? 0
        let minute = components.minute ?? 0
        let second = components.second ?? 0
        guard CivilDays.isValid(year: year, month: month, day: day), hour < 24, minute < 60, second < 60 else {
            return .failure(.impossible(text))
        }
        let days = CivilDays.days(year: year, month: month, day: day)
        let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
        return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    private func date(from components: DateComponents, in zone: TimeZone, text: String) -> Result<Date, DateError> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components) else { return .failure(.impossible(text)) }
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard back.year == components.year, back.month == components.month, back.day == components.day,
            back.hour == components.hour, back.minute == components.minute, (components.second ?? 0) < 60
        else { return .failure(.impossible(text)) }
        return .success(date)
    }
}

/// Why a written date could not be read.
enum DateError: Error, Equatable {
    /// Not in a form Placard reads.
    case format(String)
    /// In the right form, but no such day or time exists.
    case impossible(String)

    /// The diagnostic's message for a date given as `key`.
    func message(key: String) -> String {
        switch self {
        case .format(let text):
            "'\(key)' is '\(text)', which is not a date; write it as YYYY-MM-DD, optionally with a time (14:03)"
        case .impossible(let text):
            "'\(key)' is \(text), which does not exist; check the month, day and time"
        }
    }
}

/// A cursor over ASCII digits and signs, for `DateParser`.
private final class DigitScanner {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    private static func digit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 0x30 && scalar.value <= 0x39 ? Int(scalar.value - 0x30) : nil
    }

    var atEnd: Bool { index == scalars.count }

    func skip(_ scalar: Unicode.Scalar) -> Bool {
        guard index < scalars.count, scalars[index] == scalar else { return false }
        index += 1
        return true
    }

    func number(_ count: Int) -> Int? {
        guard index + count <= scalars.count else { return nil }
        var value = 0
        for scalar in scalars[index..<index + count] {
            guard let digit = Self.digit(scalar) else { return nil }
            value = value * 10 + digit
        }
        index += count
        return value
    }

    func digits() -> Int {
        let start = index
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        return index - start
    }

    /// `Z`, `+HH:MM`, `-HHMM` or `+HH`, as seconds east of UTC.
    func zoneOffset() -> Int? {
        if skip("Z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(2) else { return nil }
        _ = skip(":")
        let minutes = atEnd ? 0 : (number(2) ?? -1)
        guard minutes >= 0, hours < 24, minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
