extension SitePipeline {
    /// Writes the redirect pages and rule files of the site's aliases, once every other file was made.
    /// - Parameter watch: the files made so far that an alias's page could collide with.
    /// - Throws: an error at each alias that another one has too or whose page another file takes; nothing is
    ///   written then.
    func redirects(
        _ site: Site, _ table: AliasTable, _ inputs: SiteInputs, watching watch: AliasTable.Watch,
        into write: (OutputFile) -> Void
    ) throws(BuildFailure) {
        let collisions = table.collisions(with: watch.made)
        guard collisions.isEmpty else { throw BuildFailure(collisions) }
        // The theme's policy is read only for a site that has redirect pages: most builds have none.
        let hasPages = table.entries.contains { $0.alias.pageFile != nil }
        let policy = hasPages ? ThemePolicy.read(inputs.loader.reader) : ThemePolicy.placard
        RedirectPages(
            urls: URLs(baseURL: site.config.baseURL), language: site.config.language, siteTitle: site.config.title,
            policy: policy
        ).files(table, into: write)
    }
}
