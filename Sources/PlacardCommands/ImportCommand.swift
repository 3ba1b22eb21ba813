import ArgumentParser
import Placard
import PlacardImport

/// `placard import wordpress|disqus <export.xml>`.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import posts and comments from a WordPress or Disqus export.",
        subcommands: [ImportWordPressCommand.self, ImportDisqusCommand.self]
    )
}

/// Flags shared by both importers.
struct ImportOptionsGroup: ParsableArguments {
    @Option(help: "The site folder.")
    var source = "."

    @Option(help: "The content folder to write into (default: <source>/content).")
    var into: String?

    @Flag(help: "Replace files that exist already.")
    var force = false

    @Argument(help: "The export file (XML).")
    var export: String

    var content: String { into ?? source + "/content" }
}

/// Runs an importer, printing its summary or its error; SIGINT or SIGTERM remove its staging folder.
func runImport(_ body: () throws(Diagnostic) -> ImportSummary) throws {
    InterruptCleanup.install()
    do {
        Console.say("\(try body())")
    } catch {
        Report.error(error.description)
        throw ExitCode(1)
    }
}

/// `placard import wordpress <export.xml>`.
struct ImportWordPressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wordpress", abstract: "Import posts, pages and approved comments from a WordPress export (WXR).")

    @OptionGroup var common: ImportOptionsGroup

    @Flag(help: "Also import drafts, scheduled and private posts, as drafts.")
    var drafts = false

    @Option(help: "A copy of the old site's wp-content/uploads folder, to take the posts' media from.")
    var media: String?

    @Flag(help: "Download the media the posts use from the old site (after --media, for what that folder lacks).")
    var fetchMedia = false

    @Option(help: "The largest media file brought, in MB.")
    var maxMediaSize = 100

    func run() async throws {
        var options: ImportOptions = common.force ? [.force] : []
        if drafts { options.insert(.drafts) }
        guard maxMediaSize > 0 else { throw ValidationError("--max-media-size must be a number of MB above 0") }
        let sources = MediaSources(directory: media, fetch: fetchMedia, maxBytes: maxMediaSize << 20)
        let importer = WordPressImporter(content: common.content, options: options, media: sources)
        try runImport { () throws(Diagnostic) in try importer.run(common.export) }
    }
}

/// `placard import disqus <export.xml>`.
struct ImportDisqusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disqus", abstract: "Add a Disqus export's comments to the posts they were left on.")

    @OptionGroup var common: ImportOptionsGroup

    func run() async throws {
        let importer = DisqusImporter(content: common.content, options: common.force ? [.force] : [])
        try runImport { () throws(Diagnostic) in try importer.run(common.export) }
    }
}
