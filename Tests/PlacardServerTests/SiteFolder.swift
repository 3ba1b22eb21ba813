import Foundation

/// A small build output folder in a temp folder, with a `secret.txt` beside it that must never be served.
///
/// Layout: `<temp>/secret.txt` and `<temp>/public/…`; the folder is removed when the value goes away.
final class SiteFolder: Sendable {
    static let secret = "TOP-SECRET-outside-the-root"
    static let index = "<!doctype html><title>Home</title><p>home page</p>\n"
    static let post = "<!doctype html><title>A</title><p>post a</p>\n"
    static let notFound = "<!doctype html><title>Not here</title><p>custom 404 page</p>\n"
    static let css = "body { color: #222; }\n"
    static let feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"/>\n"
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]

    /// The temp folder holding `public/` and `secret.txt`.
    let parent: URL
    /// The folder to serve.
    let root: URL

    /// Creates the folder.
    /// - Parameter withNotFoundPage: Whether `public/404.html` exists.
    init(withNotFoundPage: Bool = true) throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("placard-server-\(UUID().uuidString)")
        root = parent.appendingPathComponent("public")
        try write(Self.secret, to: "../secret.txt")
        try write(Self.index, to: "index.html")
        try write(Self.post, to: "posts/a/index.html")
        try write(Self.css, to: "assets/style.css")
        try write(Self.feed, to: "feed.xml")
        try write("hello\n", to: "robots.txt")
        try write(Data(Self.png), to: "assets/dot.png")
        try write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", to: "assets/logo.svg")
        try write(Data([0xFF, 0xD8, 0xFF, 0xE0]), to: "assets/photo.jpg")
        try write(Data([0x77, 0x4F, 0x46, 0x32]), to: "assets/font.woff2")
        try write("%PDF-1.4\n", to: "files/flyer.pdf")
        if withNotFoundPage {
            try write(Self.notFound, to: "404.html")
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: parent)
    }

    /// Writes a UTF-8 file at a path relative to `root`, creating folders as needed.
    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes a file at a path relative to `root`, creating folders as needed.
    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path).standardizedFileURL
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Creates a symbolic link at `path` (relative to `root`) pointing to `destination`.
    func link(_ path: String, to destination: URL) throws {
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent(path),
            withDestinationURL: destination
        )
    }
}
