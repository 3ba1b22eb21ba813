import Foundation

/// A page listed in `sitemap.xml`: its file below the output folder and when its content last changed.
struct SitemapEntry: Sendable, Equatable {
    var path: String
    var modified: Date?
}
