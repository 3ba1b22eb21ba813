import Hummingbird

extension StaticServer {
    /// Content types that differ from, or are missing in, Hummingbird's table (`MediaType.getMediaType`).
    ///
    /// Text types say `charset=utf-8`, since Placard writes UTF-8. Everything else (`xml` as `application/xml`,
    /// `svg`, `png`, `jpg`, `woff2`, `pdf`, `json`, `ico`, `webp`) comes from Hummingbird unchanged.
    static let mediaTypes: [String: MediaType] = [
        "html": utf8(.text, "html"),
        "htm": utf8(.text, "html"),
        "css": utf8(.text, "css"),
        "js": utf8(.text, "javascript"),
        "mjs": utf8(.text, "javascript"),
        "txt": utf8(.text, "plain"),
        "md": utf8(.text, "markdown"),
        "atom": MediaType(type: .application, subType: "atom+xml"),
        "avif": MediaType(type: .image, subType: "avif"),
    ]

    private static func utf8(_ type: MediaType.Category, _ subType: String) -> MediaType {
        MediaType(type: type, subType: subType, parameter: ("charset", "utf-8"))
    }
}
