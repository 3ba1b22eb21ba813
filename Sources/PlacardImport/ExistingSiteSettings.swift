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
        let path = content + "/site.yml"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let folder = content as NSString
        let site = folder.deletingLastPathComponent.isEmpty ? "." : folder.deletingLastPathComponent
        let file: SourceFile
        do {
            file = try SourceReader(fileSystem: .disk, root: site).read(folder.lastPathComponent + "/site.yml")
        } catch {
            var located = error
            located.location?.path = path
            throw located
        }
        let (config, diagnostics) = SiteConfigLoader().load(SourceFile(path: path, text: file.text))
        guard let config else {
            throw diagnostics.firstError ?? Diagnostic("\(path) has errors")
        }
        timeZone = config.timeZone
        baseURL = config.baseURL
    }
}
