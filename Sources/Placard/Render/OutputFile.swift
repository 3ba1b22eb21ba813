public import Foundation

/// One file of the built site: where it goes below `public/` and its bytes.
public struct OutputFile: Sendable {
    /// The path below the output folder, e.g. `posts/a/index.html`.
    public var path: String
    /// The bytes to write.
    public var contents: Contents
    /// Whether the page is listed in `sitemap.xml`, and the date it last changed, from content.
    var sitemap: (listed: Bool, modified: Date?) = (false, nil)
    /// The page's versions in the site's languages, itself included; empty for a page in one language.
    var alternates: [PageAlternate] = []
    /// The content file it comes from, for errors (a copied file, a standalone page, a post's `index.md`); nil for
    /// the files the build makes of the whole site (lists, feeds, sitemap).
    package var source: String?

    /// What a file holds: bytes made by the build, or a file copied as it is.
    public enum Contents: Sendable {
        /// Bytes rendered by the build.
        case data(Data)
        /// A file below the site folder, copied byte for byte.
        case copy(String)
    }

    /// A rendered text file.
    public init(path: String, text: String) {
        self.path = path
        self.contents = .data(Data(text.utf8))
    }

    /// A rendered file, as bytes.
    public init(path: String, data: Data) {
        self.path = path
        self.contents = .data(data)
    }

    /// A copied file.
    public init(path: String, copying source: String) {
        self.path = path
        self.contents = .copy(source)
        self.source = source
    }
}
