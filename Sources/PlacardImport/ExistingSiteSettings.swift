import Foundation
import Placard

/// What an import needs from the `site.yml` of the site it writes into: the time zone of post dates, and the old
/// address (`base_url`) that links to rewrite may start with.
struct ExistingSiteSettings: Sendable {
    var timeZone = TimeZone(identifier: "UTC")!
    var baseURL: String?

    /// Reads `site.yml` in the content folder as the build reads it (``SourceReader``, from the folder above the
    /// content folder: the site's); UTC and no address when the folder has none.
    /// - Throws: the first error in `site.yml` (a byte that is not UTF-8 by its line and column), or a diagnostic when
    ///   it cannot be read.
    init(content: String) throws(Diagnostic) {
        let folder = content as NSString
        let site = folder.deletingLastPathComponent.isEmpty ? "." : folder.deletingLastPathComponent
        let reader = SourceReader(fileSystem: .disk, root: site)
        guard
            let config = try SiteConfigLoader().loadIfPresent(
                folder.lastPathComponent + "/site.yml", from: reader, shownAs: content + "/site.yml")
        else { return }
        timeZone = config.timeZone
        baseURL = config.baseURL
    }
}
