import ArgumentParser
import Placard

/// `placard translations`: a table of each post's translations and how many of its updates each translates.
struct TranslationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "List each post's translations: updates translated, and the newest one a translation lacks."
    )

    @OptionGroup var common: CommonOptions

    func run() async throws {
        // The site as a build reads it, through the one pipeline, into memory: nothing is written.
        var built: BuiltSite?
        do {
            let options = BuildOptions(source: common.source, includeDrafts: common.drafts)
            _ = try SitePipeline(options: options, fileSystem: .disk).run(.site, site: &built, into: OutputCollection())
        } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        let site = built!.site
        guard site.config.isMultilingual else {
            Console.say(
                "The site is in one language (\(site.config.language)); list its languages under 'languages:' in "
                    + "content/site.yml to translate its posts.")
            return
        }
        Console.say(TranslationStatus.table(site.translationStatus))
    }
}
