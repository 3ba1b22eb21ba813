import Placard

/// A file of the old site that an imported post or page loads or links to: an image, a video, a PDF.
struct MediaFile: Sendable, Hashable {
    /// Where the file is below `wp-content/uploads/` (`2018/05/photo-300x200.jpg`), percent-decoded: its path in a
    /// copy of that folder. For a file elsewhere on the old site, its path from the root.
    var key: String
    /// Whether `key` is below `wp-content/uploads/`, so that a copy of that folder may hold it.
    var inUploads: Bool
    /// Where the old site served it, without its query: what `--fetch-media` downloads.
    var url: String

    /// The file's name, the last segment of its key.
    var name: String { String(key.split(separator: "/").last ?? "") }

    /// The extension, lower-cased, without its dot.
    var fileExtension: String { Self.fileExtension(of: name) }

    /// The extension of a file name (`photo.JPG` → `jpg`), lower-cased, without its dot; empty for none.
    static func fileExtension(of name: some StringProtocol) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// What the file is, by its extension; nil for a type an import does not bring.
    var kind: Kind? { Kind(fileName: name) }

    /// The file WordPress made this one from, for a resized or scaled copy (`photo-300x200.jpg`, `photo-scaled.jpg`
    /// → `photo.jpg`); nil for an original.
    var original: MediaFile? {
        guard let dot = name.lastIndex(of: ".") else { return nil }
        let stem = name[..<dot]
        var base: Substring?
        for suffix in ["-scaled", "-rotated"] where stem.hasSuffix(suffix) { base = stem.dropLast(suffix.count) }
        if base == nil, let hyphen = stem.lastIndex(of: "-") {
            let size = stem[stem.index(after: hyphen)...].split(separator: "x", omittingEmptySubsequences: false)
            if size.count == 2, size.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) {
                base = stem[..<hyphen]
            }
        }
        guard let base, !base.isEmpty else { return nil }
        let originalName = base + name[dot...]
        var copy = self
        copy.key = String(key.dropLast(name.count)) + originalName
        copy.url =
            String(url.dropLast(url.split(separator: "/").last?.count ?? 0))
            + URLs.percentEncoded(String(originalName))
        return copy
    }

    /// The kinds of file an import brings, by what a server must say they are. SVG and HTML are left out: a browser
    /// runs the scripts they may hold when they are opened on their own, where no page's policy applies.
    enum Kind: String, Sendable {
        case image, video, audio, document

        /// The kind of a file by its name's extension (`photo.JPG`); nil for a type an import does not bring.
        init?(fileName: some StringProtocol) {
            guard let kind = Self.byExtension[MediaFile.fileExtension(of: fileName)] else { return nil }
            self = kind
        }

        /// The kind of each extension brought.
        static let byExtension: [String: Kind] = {
            var kinds: [String: Kind] = [:]
            for name in ["jpg", "jpeg", "jpe", "png", "gif", "webp", "avif", "bmp", "ico", "tif", "tiff", "heic"] {
                kinds[name] = .image
            }
            for name in ["mp4", "m4v", "webm", "ogv", "mov"] { kinds[name] = .video }
            for name in ["mp3", "m4a", "ogg", "oga", "opus", "wav", "flac"] { kinds[name] = .audio }
            for name in [
                "pdf", "txt", "csv", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "epub",
                "zip",
            ] {
                kinds[name] = .document
            }
            return kinds
        }()

        /// Whether a server's `Content-Type` (its media type, lower-cased, without parameters) fits: the kind's own
        /// types, or `application/octet-stream`, which servers send for what they do not know. Never HTML.
        func accepts(_ type: String) -> Bool {
            switch (self, type) {
            case (_, "application/octet-stream"), (_, "binary/octet-stream"): true
            case (.image, _): type.hasPrefix("image/") && type != "image/svg+xml"
            case (.video, _): type.hasPrefix("video/") || type == "application/ogg"
            case (.audio, _): type.hasPrefix("audio/") || type == "application/ogg"
            case (.document, _):
                type.hasPrefix("application/") && !type.contains("html") && !type.contains("javascript")
                    || type == "text/plain" || type == "text/csv"
            }
        }
    }
}
