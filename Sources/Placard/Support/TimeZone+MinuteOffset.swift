import Foundation

extension TimeZone {
    /// The zone's offset from UTC at `date`, in seconds, rounded to whole minutes (a half minute away from zero).
    ///
    /// RFC 3339, HTML's `datetime`, JSON-LD and sitemaps have offsets in whole minutes only, but a zone's local mean
    /// time before it took a standard offset can have seconds (Africa/Monrovia until 1972: -00:44:30). A timestamp
    /// written with the rounded offset and its clock time on that offset names the same instant exactly; only the
    /// clock time shown differs from the zone's by under 30 seconds.
    func minuteOffset(for date: Date) -> Int {
        let seconds = secondsFromGMT(for: date)
        guard seconds % 60 != 0 else { return seconds }
        return Int((Double(seconds) / 60).rounded(.toNearestOrAwayFromZero)) * 60
    }
}
