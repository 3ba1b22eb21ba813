import Markup
import Placard

/// A URL in one of a tag's attributes.
struct TagReference: Sendable, Hashable {
    /// What the browser does with the URL.
    enum Kind: Sendable, Hashable {
        /// Loads it with the page, or when the reader clicks (`ping`): it must come from the site.
        case resource
        /// Goes there when the reader follows the link: any host is fine; pages of the site must exist.
        case link
        /// Goes there by itself (`<meta http-equiv="refresh">`): like a resource, it may not leave the site.
        case refresh
    }

    var kind: Kind
    var attribute: HTMLAttribute
    var url: String
}

extension HTMLTag {
    /// The attributes that load a URL, by element (HTML, and SVG inside HTML).
    static let resourceAttributes: [String: Set<String>] = [
        "script": ["src", "href", "xlink:href"], "img": ["src", "srcset"], "source": ["src", "srcset"],
        "iframe": ["src"], "frame": ["src"], "embed": ["src"], "object": ["data"], "audio": ["src"],
        "video": ["src", "poster"], "track": ["src"], "input": ["src"], "html": ["manifest"],
        "image": ["src", "href", "xlink:href"], "feimage": ["href", "xlink:href"], "use": ["href", "xlink:href"],
    ]

    /// `<link rel>` words whose `href` the browser fetches (or connects to) with the page.
    static let loadingRelations: Set = [
        "stylesheet", "icon", "apple-touch-icon", "apple-touch-icon-precomposed", "mask-icon", "fluid-icon",
        "manifest", "preload", "modulepreload", "prefetch", "prerender", "preconnect", "dns-prefetch",
    ]

    /// Every URL in the tag's attributes, with what the browser does with it.
    var references: [TagReference] {
        attributes.flatMap { attribute -> [TagReference] in
            guard let kind = kind(of: attribute) else { return [] }
            let urls: [String]
            switch attribute.name {
            case "srcset", "imagesrcset": urls = Self.candidateURLs(attribute.value)
            case "ping": urls = attribute.value.split(whereSeparator: \.isWhitespace).map(String.init)
            case "values": urls = attribute.value.split(separator: ";").map { String($0.drop { $0 == " " }) }
            case "content": urls = Self.refreshURL(attribute.value).map { [$0] } ?? []
            default: urls = [attribute.value]
            }
            return urls.map { TagReference(kind: kind, attribute: attribute, url: $0) }
        }
    }

    private func kind(of attribute: HTMLAttribute) -> TagReference.Kind? {
        if attribute.name == "background" || Self.resourceAttributes[name]?.contains(attribute.name) == true {
            return .resource
        }
        switch (name, attribute.name) {
        case ("link", "href"):
            let relations = (value("rel") ?? "").lowercased().split(whereSeparator: \.isWhitespace)
            return relations.contains { Self.loadingRelations.contains(String($0)) } ? .resource : .link
        case ("link", "imagesrcset"), ("a", "ping"), ("area", "ping"): return .resource
        case ("a", "href"), ("a", "xlink:href"), ("area", "href"): return .link
        case ("meta", "content"): return value("http-equiv")?.lowercased() == "refresh" ? .refresh : nil
        // SVG animation can set an element's href: `<set attributeName="href" to="javascript:…">` in an `<a>`.
        case ("set", "to"), ("set", "from"), ("animate", "to"), ("animate", "from"), ("animate", "by"),
            ("animate", "values"):
            let target = value("attributename")?.lowercased() ?? ""
            return target == "href" || target.hasSuffix(":href") ? .resource : nil
        default: return nil
        }
    }

    /// Whether the tag is a `<script>` a browser would run (not a data block such as `application/ld+json`).
    var isExecutableScript: Bool {
        guard name == "script" else { return false }
        let type = String((value("type") ?? "").lowercased().filter { !$0.isWhitespace })
        let scriptTypes = ["", "module", "importmap", "speculationrules"]
        return scriptTypes.contains(type)
            || ["javascript", "ecmascript", "jscript", "livescript"].contains {
                type.contains($0)
            }
    }

    /// The tag as a message shows it, with one attribute: `<img src="https://x.example/p.gif">`.
    func display(_ attribute: HTMLAttribute) -> String {
        let equiv = name == "meta" && attribute.name == "content" ? " http-equiv=\"refresh\"" : ""
        guard !attribute.value.isEmpty else { return "<\(name)\(equiv) \(attribute.name)>" }
        let value = attribute.value.count > 80 ? attribute.value.prefix(77) + "…" : attribute.value
        return "<\(name)\(equiv) \(attribute.name)=\"\(value)\">"
    }

    /// The URL of a refresh's `content`: `5; url=https://x.example/`, `0;URL='/a/'`; nil when it has none.
    static func refreshURL(_ content: String) -> String? {
        var rest = Substring(content).drop { $0.isWhitespace || $0.isNumber || $0 == "." }
        if rest.first == ";" || rest.first == "," { rest = rest.dropFirst() }
        rest = rest.drop { $0.isWhitespace }
        if rest.lowercased().hasPrefix("url") {
            let afterName = rest.dropFirst(3).drop { $0.isWhitespace }
            if afterName.first == "=" { rest = afterName.dropFirst().drop { $0.isWhitespace } }
        }
        if let quote = rest.first, quote == "'" || quote == "\"" {
            rest = rest.dropFirst().prefix { $0 != quote }
        }
        return rest.isEmpty ? nil : String(rest)
    }
}
