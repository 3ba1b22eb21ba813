import CommonMark

/// Turns telephone numbers in text into `tel:` links, on the cmark tree.
///
/// Markup, for `1-866-DHS-2-ICE` when `phone.alternates` gives `+1 802 872 6199` for it:
///
///     <a class="tel" href="tel:+18663472423">1-866-DHS-2-ICE</a> <span class="tel-digits">(1-866-347-2423)</span>
///     <small class="tel-note">(toll-free, US only; from abroad: <a class="tel" href="tel:+18028726199">+1 802 872
///     6199</a>)</small>
///
/// A number written with digits only is just the link; the digits appear only when the written form has letters
/// (outside the link, so that a narrow screen can wrap between the two), and the note only for toll-free numbers or
/// numbers with an alternate. Nothing is invented: a number for callers
/// abroad appears only when the site gives one.
struct PhoneLinker: Sendable {
    let scanner: PhoneScanner
    /// Numbers for callers abroad, keyed by the number as the author writes it.
    let alternates: [String: String]
    /// The same numbers keyed by the E.164 form of their key, so that any way of writing the number finds them.
    private let alternatesByE164: [String: String]
    /// The words of the note after a number.
    let notes: Notes

    /// The words of the note after a number, in the page's language.
    struct Notes: Sendable {
        /// "toll-free, US only".
        var tollFree = "toll-free, US only"
        /// "from abroad: {number}".
        var fromAbroad = Phrase("from abroad: {number}")
    }

    /// - Parameters:
    ///   - region: `phone.region`, the region of numbers written without a country code.
    ///   - alternates: `phone.alternates`.
    ///   - notes: the words of the notes, `phone_toll_free` and `phone_from_abroad` of the theme's strings.
    init(region: String, alternates: [String: String], notes: Notes = Notes()) {
        scanner = PhoneScanner(region: region)
        self.alternates = alternates
        self.notes = notes
        var byE164: [String: String] = [:]
        for (key, value) in alternates.sorted(by: { $0.key < $1.key }) {
            if let number = scanner.number(key), byE164[number.e164] == nil { byE164[number.e164] = value }
        }
        alternatesByE164 = byE164
    }

    /// Links every number in `document`'s text outside code and links.
    /// - Parameter rawHTML: whether the document's raw HTML is rendered, so that text inside a raw `<a>` is left alone.
    func apply(to document: inout Document, rawHTML: TextRuns.RawHTML) {
        TextRuns.rewrite(&document, rawHTML: rawHTML) { text in
            guard Self.mayHoldNumber(text) else { return nil }
            let scalars = Array(text.unicodeScalars)
            let matches = scanner.matches(in: scalars)
            guard !matches.isEmpty else { return nil }
            return TextRuns.splice(scalars, matches.map { ($0.range, nodes(for: $0.number)) })
        }
    }

    /// Whether `text` has at least four ASCII digits, as every number the scanner finds does (`1-800-FLOWERS` has
    /// four); most text has fewer and is passed over without the scanner's scalar-by-scalar work.
    static func mayHoldNumber(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(mayHoldNumber) ?? mayHoldNumber(text.utf8)
    }

    private static func mayHoldNumber(_ bytes: some Sequence<UInt8>) -> Bool {
        var digits = 0
        for byte in bytes where byte &- 0x30 < 10 {
            digits += 1
            if digits == 4 { return true }
        }
        return false
    }

    /// The link, and its note, for one number.
    func nodes(for number: PhoneNumber) -> [NewNode] {
        var nodes: [NewNode] = [Self.link(number, [.text(number.written)])]
        if let digits = number.dialableDigits {
            let span = NewNode.customInline(
                enter: "<span class=\"tel-digits\">", exit: "</span>", children: [.text("(\(digits))")])
            nodes += [.text(" "), span]
        }
        var note: [NewNode] = []
        if number.isTollFree { note.append(.text(notes.tollFree)) }
        if let alternate = alternates[number.written] ?? alternatesByE164[number.e164] {
            if !note.isEmpty { note.append(.text("; ")) }
            for part in notes.fromAbroad.parts {
                switch part {
                case .text(let text): note.append(.text(text))
                case .value:
                    let number = scanner.number(alternate)
                    note.append(number.map { Self.link($0, [.text($0.written)]) } ?? .text(alternate))
                }
            }
        }
        if !note.isEmpty {
            let children: [NewNode] = [.text("(")] + note + [.text(")")]
            nodes += [
                .text(" "), .customInline(enter: "<small class=\"tel-note\">", exit: "</small>", children: children),
            ]
        }
        return nodes
    }

    /// `<a class="tel" href="tel:+…">`; the E.164 form is `+` and digits only, so it needs no escaping.
    private static func link(_ number: PhoneNumber, _ label: [NewNode]) -> NewNode {
        .customInline(enter: "<a class=\"tel\" href=\"tel:\(number.e164)\">", exit: "</a>", children: label)
    }
}
