/// A list of posts split over pages: the index and each tag page show `perPage` posts a page, and an empty list
/// still has one page.
struct Pagination: Sendable {
    /// Posts on one page of the index and of a tag page.
    static let postsPerPage = 10

    /// How many posts the list has.
    let count: Int
    /// How many posts one page shows.
    var perPage = Self.postsPerPage

    /// How many pages the list has: at least one.
    var pages: Int { max(1, (count + perPage - 1) / perPage) }

    /// The positions of the posts on a 1-based page.
    func posts(onPage page: Int) -> Range<Int> {
        let start = min(count, (page - 1) * perPage)
        return start..<min(count, start + perPage)
    }
}
