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
        // The site as a build reads it, through the one pipeline, into memory: nothing is written. Like `build` and
        // `check`, on a thread of its own rather than one of Swift's cooperative pool (``offThePool``).
        let site: Site
        do {
            let options = BuildOptions(source: common.source, includeDrafts: common.drafts)
            site = try await offThePool { () throws(BuildFailure) in
                var built: BuiltSite?
                _ = try SitePipeline(options: options, fileSystem: .disk).run(
                    .site, site: &built, into: OutputCollection(keepsFiles: false))
                return built!.site
            }
        } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        guard site.config.isMultilingual else {
            Console.say(
                "The site is in one language (\(site.config.language)); list its languages under 'languages:' in "
                    + "content/site.yml to translate its posts.")
            return
        }
        Console.say(TranslationStatus.table(site.translationStatus))
    }
}
