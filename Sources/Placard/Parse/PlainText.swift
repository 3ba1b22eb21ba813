/// Text from cmark with its smart punctuation undone: `’` and `‘` read as `'`, `“` and `”` as `"`, `–` as `--`,
/// `—` as `---` and `…` as `...`, remembering where each scalar came from.
///
/// URLs are written in ASCII, so a scanner for them should see what the author typed, not the typography cmark made.
struct PlainText: Sendable {
    /// The text with smart punctuation undone.
    let scalars: [Unicode.Scalar]
    /// For each scalar of ``scalars``, the index of the scalar of the original text it comes from.
    private let origins: [Int]

    init(_ original: [Unicode.Scalar]) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(original.count)
        origins.reserveCapacity(original.count)
        for (index, scalar) in original.enumerated() {
            // Only the seven characters of ``ascii``, all between U+2013 and U+2026, change.
            if scalar.value >= 0x2013, scalar.value <= 0x2026, let plain = Self.ascii[scalar] {
                for ascii in plain.unicodeScalars {
                    scalars.append(ascii)
                    origins.append(index)
                }
            } else {
                scalars.append(scalar)
                origins.append(index)
            }
        }
        self.scalars = scalars
        self.origins = origins
    }

    /// The range of the original text that `range` of ``scalars`` comes from.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return origins[safe: range.lowerBound].map { $0..<$0 } ?? 0..<0 }
        return origins[range.lowerBound]..<(origins[range.upperBound - 1] + 1)
    }

    private static let ascii: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{2013}": "--", "\u{2014}": "---",
        "\u{2026}": "...",
    ]
}

extension Array where Element == Int {
    fileprivate subscript(safe index: Int) -> Int? {
        indices.contains(index) ? self[index] : nil
    }
}
