import Foundation
import Placard

/// Folder names for WordPress posts: the decoded `post_name`, readable and safe.
enum WordPressSlug {
    /// `caf%c3%a9` → `café`; `%e6%97%a5%e6%9c%ac` → `日本`; an item without a name is named after its title or link.
    static func make(_ item: WordPressItem) -> String {
        let candidates = [
            item["wp:post_name"].removingPercentEncoding ?? item["wp:post_name"],
            item["title"],
            fromLink(item["link"]),
        ]
        for candidate in candidates {
            let slug = safe(candidate)
            if !slug.isEmpty { return slug }
        }
        let id = item["wp:post_id"]
        return id.isEmpty ? "post" : "post-\(Slug.make(id))"
    }

    /// The name as it is when it is safe, else made safe the way `placard new` names folders.
    static func safe(_ name: String) -> String {
        let lowered = name.lowercased()
        if Slug.isSafe(lowered), lowered.utf8.count <= Slug.madeBytes,
            lowered.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        {
            return lowered
        }
        return Slug.make(name, fitting: Slug.madeBytes)
    }

    /// `http://example.tld/2014/test/` → `test`; `http://example.tld/?p=4` → `p-4`.
    static func fromLink(_ link: String) -> String {
        guard let components = URLComponents(string: link) else { return "" }
        if let id = components.queryItems?.first(where: { $0.name == "p" || $0.name == "page_id" })?.value {
            return "p-\(id)"
        }
        let last = components.path.split(separator: "/").last.map(String.init) ?? ""
        return last.removingPercentEncoding ?? last
    }
}
