package import Foundation

extension TimeZone {
    /// The zone's offset from UTC at `date`, in seconds, rounded up to a whole minute.
    ///
    /// RFC 3339, HTML's `datetime`, JSON-LD and sitemaps have offsets in whole minutes only, but a zone's local mean
    /// time before it took a standard offset can have seconds (Africa/Monrovia until 1972: -00:44:30). A timestamp
    /// written with the rounded offset and its clock time on that offset names the same instant exactly; the clock
    /// time shown is under a minute later than the zone's, never earlier, so a date at midnight keeps its day
    /// (-00:44:30 becomes -00:44, midnight 00:00:30).
    package func minuteOffset(for date: Date) -> Int {
        let seconds = secondsFromGMT(for: date)
        guard seconds % 60 != 0 else { return seconds }
        return Int((Double(seconds) / 60).rounded(.up)) * 60
    }
}
