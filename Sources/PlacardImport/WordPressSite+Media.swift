import Foundation
import Placard

extension WordPressSite {
    /// The media file a URL names: a file below `wp-content/uploads/` on the old site (also as WordPress.com serves it,
    /// `<blog>.files.wordpress.com/2018/05/photo.jpg`, or through its `i0.wp.com` image cache), or the file of an
    /// attachment; nil for any other URL, and for a path that could leave the uploads folder (`..`) or names a hidden
    /// file.
    /// - Parameter attachments: the attachments' file URLs (without query), each with its `_wp_attached_file`.
    func media(_ url: String, attachments: [String: String]) -> MediaFile? {
        guard var parts = Self.split(url) else { return nil }
        var path = parts.path
        if let host = parts.host, Self.imageCaches.contains(host) {
            // i0.wp.com/old.example/wp-content/uploads/…: the old site's file, through the cache.
            let segments = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard segments.count == 2, hosts.contains(Self.split("//" + segments[0])?.host ?? "") else { return nil }
            parts.authority = segments[0]
            parts.host = Self.split("//" + segments[0])?.host
            path = "/" + segments[1]
        }
        let isWordPressCom = parts.host?.hasSuffix(".files.wordpress.com") ?? false
        guard isWordPressCom || parts.host.map(hosts.contains) ?? true else { return nil }
        let origin = parts.host == nil ? self.origin : "\(parts.scheme ?? "https")://\(parts.authority)"
        guard let origin else { return nil }
        let address = origin + path
        let decoded = path.removingPercentEncoding ?? path
        var key: String
        var inUploads = true
        if let range = decoded.range(of: "/wp-content/uploads/") {
            key = String(decoded[range.upperBound...])
        } else if isWordPressCom {
            key = String(decoded.dropFirst())
        } else if let file = attachments[address] ?? attachments[
            address.replacingOccurrences(of: "https:", with: "http:")]
            ?? attachments[address.replacingOccurrences(of: "http:", with: "https:")]
        {
            key = file.isEmpty ? String(decoded.dropFirst()) : file
            inUploads = !file.isEmpty
        } else {
            return nil
        }
        while key.hasPrefix("/") { key.removeFirst() }
        guard Self.isSafe(key) else { return nil }
        return MediaFile(key: key, inUploads: inUploads, url: address)
    }

    /// The image caches WordPress.com's Jetpack serves other sites' images through.
    static let imageCaches: Set = ["i0.wp.com", "i1.wp.com", "i2.wp.com", "i3.wp.com"]

    /// Whether a path below the uploads folder stays below it and names a file a site may publish: no empty, `.` or
    /// `..` segment, no hidden or editor file (``SourceNames``), no backslash or control character.
    static func isSafe(_ key: String) -> Bool {
        let segments = key.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.isEmpty else { return false }
        return segments.allSatisfy { segment in
            !segment.isEmpty && segment != "." && segment != ".." && !SourceNames.isIgnored(String(segment))
                && segment.utf8.count <= 255
                && !segment.unicodeScalars.contains { $0 == "\\" || $0.properties.generalCategory == .control }
        }
    }

    /// The attachments' file URLs, without query, each with its `_wp_attached_file`, for ``media(_:attachments:)``.
    static func attachmentFiles(_ attachments: some Sequence<WordPressAttachment>) -> [String: String] {
        var files: [String: String] = [:]
        for attachment in attachments where !attachment.url.isEmpty {
            let url = String(attachment.url.prefix { $0 != "?" && $0 != "#" })
            files[url] = attachment.file
        }
        return files
    }
}
