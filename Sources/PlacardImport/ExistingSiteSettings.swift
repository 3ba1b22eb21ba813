import Foundation
import Placard

/// What an import needs from the `site.yml` of the site it writes into: the time zone of post dates, and the old
/// address (`base_url`) that links to rewrite may start with.
struct ExistingSiteSettings: Sendable {
    var timeZone = TimeZone(identifier: "UTC")!
    var baseURL: String?

    /// Reads `site.yml` in the content folder; UTC and no address when the folder has none.
    /// - Throws: the first error in `site.yml`, or a diagnostic when it cannot be read.
    init(content: String) throws(Diagnostic) {
        let path = content + "/site.yml"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw Diagnostic("could not read \(path) (\(SourceReader.reason(error)))")
        }
        let (config, diagnostics) = SiteConfigLoader().load(SourceFile(path: path, text: text))
        guard let config else {
            throw diagnostics.firstError ?? Diagnostic("\(path) has errors")
        }
        timeZone = config.timeZone
        baseURL = config.baseURL
    }
}
