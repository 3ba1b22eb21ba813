import Foundation

/// A page listed in `sitemap.xml`: its file below the output folder, when its content last changed, and its
/// versions in the site's languages.
struct SitemapEntry: Sendable, Equatable {
    var path: String
    var modified: Date?
    var alternates: [PageAlternate] = []
}
