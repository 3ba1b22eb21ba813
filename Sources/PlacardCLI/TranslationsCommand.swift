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
        let site: Site
        do {
            (site, _) = try SiteLoader(root: common.source, includeDrafts: common.drafts).load()
        } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        guard site.config.isMultilingual else {
            print(
                "The site is in one language (\(site.config.language)); list its languages under 'languages:' in "
                    + "content/site.yml to translate its posts.")
            return
        }
        print(TranslationStatus.table(site.translationStatus))
    }
}
