import Foundation

/// Language codes as `site.yml` and file names give them: `es`, `pt-BR`, `zh-Hant`.
package enum LanguageCode {
    /// Why `code` cannot be one of the site's languages, or nil when it can: a BCP 47 tag whose language subtag is two
    /// or three lower-case letters that ISO 639 knows, then subtags of letters and digits.
    static func problem(_ code: String) -> String? {
        guard isShaped(code) else {
            return "'\(code)' is not a language code; use a BCP 47 tag such as es, fr or pt-BR"
        }
        guard isKnown(code) else {
            return "'\(code)' is not a language ISO 639 knows; use a code such as es, fr or pt-BR"
        }
        return nil
    }

    /// Whether a part of a file name (`fr` in `index.fr.md`) reads as a language code, so that a file named so is
    /// taken for a translation: a known language, alone or with a region (`pt-BR`).
    static func isLanguageLike(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, isShaped(text), isKnown(text) else { return false }
        return parts.count == 1 || (2...3).contains(parts[1].count)
    }

    /// The language's name in another language: `inglés` for `en` read in `es`; the code itself when ICU has none.
    static func name(of code: String, in reader: String) -> String {
        Locale(identifier: reader).localizedString(forIdentifier: code) ?? code
    }

    /// The language's name for itself, as a list of languages shows it: `Español`, `English`.
    static func ownName(_ code: String) -> String {
        let locale = Locale(identifier: code)
        guard let name = locale.localizedString(forIdentifier: code), let first = name.first else { return code }
        return String(first).uppercased(with: locale) + name.dropFirst()
    }

    /// Whether `code` has a language tag's shape: two or three lower-case letters, then subtags of one to eight letters
    /// or digits (`es`, `pt-BR`). The site's language folders have this shape; the dev server tells them by it.
    package static func isShaped(_ code: some StringProtocol) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    private static func isKnown(_ code: String) -> Bool {
        let primary = String(code.prefix { $0 != "-" })
        return Locale.LanguageCode(primary).isISOLanguage
    }
}
