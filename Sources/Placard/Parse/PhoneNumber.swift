/// A telephone number found in text: how the author wrote it and what a phone dials.
struct PhoneNumber: Sendable, Hashable {
    /// The number exactly as written, e.g. `1-866-DHS-2-ICE`.
    let written: String
    /// The E.164 form: `+`, the country code and the national number, e.g. `+18663472423`.
    let e164: String
    /// For a number written with letters, its digits grouped as written: `1-866-347-2423`; `nil` otherwise.
    let dialableDigits: String?
    /// Whether it is a North American toll-free number (800, 833, 844, 855, 866, 877, 888), which does not
    /// work from abroad.
    let isTollFree: Bool

    /// The NANP area codes of toll-free numbers.
    static let tollFreeAreaCodes: Set<String> = ["800", "833", "844", "855", "866", "877", "888"]
}

/// A number found in a text, with where it is.
struct PhoneMatch: Sendable, Hashable {
    /// The scalars of the text it was found in that it covers.
    let range: Range<Int>
    /// The number.
    let number: PhoneNumber
}
