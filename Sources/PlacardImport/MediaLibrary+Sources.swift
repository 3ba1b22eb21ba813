import Foundation
import Placard

extension MediaLibrary {
    /// Where a file was found, or why it was not.
    struct Found: Sendable {
        /// The file: in the media folder, or downloaded into the staging folder.
        var path: String?
        var downloaded = false
        var reason: String?
    }

    /// Looks for each file in the media folder, then downloads those it lacks when downloads are on.
    func find(_ files: [MediaFile], stage: ImportStage) -> [String: Found] {
        var found: [String: Found] = [:]
        var downloads: [MediaFile] = []
        for file in files {
            if let directory = sources.directory {
                switch MediaDirectory(root: directory).find(file, limit: sources.maxBytes) {
                case .success(let path):
                    found[file.key] = Found(path: path)
                    continue
                case .failure(let failure):
                    found[file.key] = Found(reason: failure.reason)
                }
            }
            if sources.fetch, file.kind != nil { downloads.append(file) }
        }
        guard !downloads.isEmpty else { return found }
        let folder = stage.work("media-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil
        else {
            for file in downloads { found[file.key] = Found(reason: "could not create \(folder)") }
            return found
        }
        var settings = sources.fetcher
        settings.maxBytes = sources.maxBytes
        let requests = downloads.enumerated().map { number, file in
            MediaFetcher.Request(url: file.url, destination: folder + "/\(number)", kind: file.kind ?? .document)
        }
        for (request, (file, result)) in zip(requests, zip(downloads, MediaFetcher(settings: settings).fetch(requests)))
        {
            switch result {
            case .success: found[file.key] = Found(path: request.destination, downloaded: true)
            case .failure(let failure):
                let before = found[file.key]?.reason.map { $0 + "; " } ?? ""
                found[file.key] = Found(reason: before + "download: " + failure.reason)
            }
        }
        return found
    }
}

/// The names media files get where they are staged: a post's folder or `static/media/`, each name safe as a file of
/// the site (``Slug``) and given once per folder, without taking the names a post folder needs.
struct MediaNames {
    private var taken: [String: Set<String>] = [:]

    /// Names a file in the post folder `folder` (`posts/a`), or under `static/media/` at its uploads path when nil.
    mutating func place(_ file: MediaFile, folder: String?) -> MediaLibrary.Placement {
        let base: String
        if let folder {
            base = folder
        } else {
            let folders = file.key.split(separator: "/").dropLast().map { Self.safe(String($0), fallback: "folder") }
            base = (["static/media"] + folders).joined(separator: "/")
        }
        var names = taken[base] ?? (folder == nil ? [] : ["index.md", "comments.yml", "updates"])
        let (stem, suffix) = Self.parts(file.name)
        var name = stem + suffix
        var number = 1
        while names.contains(name.lowercased()) {
            number += 1
            name = "\(stem)-\(number)\(suffix)"
        }
        names.insert(name.lowercased())
        taken[base] = names
        let relative = base + "/" + name
        let url = folder == nil ? String(relative.dropFirst("static/".count)) : relative
        return MediaLibrary.Placement(relative: relative, url: url, folder: folder, name: name)
    }

    /// A file name's stem made safe (``Slug``) and its extension, lower-cased, with its dot.
    static func parts(_ name: String) -> (String, String) {
        let dot = name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
        let rawExtension = dot.map { name[name.index(after: $0)...].lowercased() } ?? ""
        let cleanExtension = rawExtension.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let stem = safe(String(name[..<(dot ?? name.endIndex)]), fallback: "file")
        return (stem, cleanExtension.isEmpty ? "" : "." + cleanExtension)
    }

    /// The name as it is when it is a safe name of the site, else as a slug.
    static func safe(_ name: String, fallback: String) -> String {
        if Slug.problem(name, as: "the name") == nil, name.utf8.count <= Slug.madeBytes, !SourceNames.isIgnored(name) {
            return name
        }
        let made = Slug.make(name, fitting: Slug.madeBytes)
        return made.isEmpty ? fallback : made
    }
}
