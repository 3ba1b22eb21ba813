import Foundation

@testable import Placard

extension SiteLoader {
    /// Reads the whole site, posts with their bodies, newest first, as a build's loading stage reads it; nothing is
    /// rendered.
    /// - Returns: the site and the warnings found.
    /// - Throws: every error found in every file, with the warnings, and slugs that two posts share.
    func load() throws(BuildFailure) -> (Site, [Diagnostic]) {
        var outline = try outline()
        var diagnostics = outline.diagnostics
        let loader = PostLoader(reader: reader, config: outline.config)
        var posts: [Post] = []
        for folder in outline.postFolders {
            if let post = loadPost(folder, loader, &diagnostics) { posts.append(post) }
        }
        diagnostics += SiteIndex.duplicateSlugs(posts)
        guard !diagnostics.hasErrors else { throw BuildFailure(diagnostics) }
        outline.site.posts = SiteIndex.newestFirst(posts)
        return (outline.site, diagnostics.sorted())
    }
}

extension SiteBuilder {
    /// The site rendered by ``SitePipeline`` into memory, as `placard check` renders it; nothing is written.
    /// - Returns: every output file, by path, and the content's warnings.
    func render() throws(BuildFailure) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let collection = OutputCollection()
        var site: BuiltSite?
        _ = try SitePipeline(options: options, fileSystem: fileSystem).run(.site, site: &site, into: collection)
        return (collection.sorted, site!.warnings)
    }
}
