/// The ids given to headings on one page: slugs of their text, made unique with `-2`, `-3`…
///
/// Ids that the page uses itself (`update-…`, `comment-…`, `main`) are never given to a heading.
struct HeadingIDs {
    private var used: Set<String> = ["main", "updates", "comments", "mentions"]

    /// A new id for a heading with this text.
    mutating func make(for text: String) -> String {
        var base = Slug.make(text)
        if base.isEmpty { base = "section" }
        if base.hasPrefix("update-") || base.hasPrefix("comment-") { base = "section-" + base }
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
