import Templates

/// The posts the index and tag pages list, shared by their contexts.
final class ListedPosts: Sendable {
    let posts: [Post]
    /// The language of the pages that list them; a post in another language is marked as such.
    let language: LocalizedSite
    let presenters: @Sendable (Post) -> PostPresenter

    init(posts: [Post], language: LocalizedSite, presenters: @escaping @Sendable (Post) -> PostPresenter) {
        self.posts = posts
        self.language = language
        self.presenters = presenters
    }
}

/// What lists show of a post (``PostPresenter/listed(_:)`` and its first tags), read from the post when a tag asks:
/// a site's index and tag pages list every post, and 10,000 summaries made up front held 20 MB of strings.
struct ListedPost: TemplateContext {
    let list: ListedPosts
    /// The post's index in `list.posts`.
    let index: Int

    func value(for key: Int) -> TemplateValue {
        guard let key = TemplateKey(number: key) else { return .missing }
        // Asked three times a summary, and of every post: answered without a presenter.
        switch key {
        case .foreign: return .bool(list.posts[index].language != list.language.code)
        case .lang: return .text(list.posts[index].language)
        default: break
        }
        let presenter = list.presenters(list.posts[index])
        if let value = presenter.listed(key) { return value }
        let post = presenter.post
        switch key {
        case .tags: return presenter.tagLinks(post.tags.prefix(PostPresenter.listedTags))
        case .moreTags: return .int(max(0, post.tags.count - PostPresenter.listedTags))
        case .hasMoreTags: return .bool(post.tags.count > PostPresenter.listedTags)
        case .moreTagsText:
            let count = post.tags.count - PostPresenter.listedTags
            return .text(list.language.strings.phrase("more_tags", ["count": String(count)]))
        case .languageNote:
            let name = list.language.languageName(post.language)
            return .text(list.language.strings.phrase("in_language", ["language": name]))
        default: return .missing
        }
    }
}
