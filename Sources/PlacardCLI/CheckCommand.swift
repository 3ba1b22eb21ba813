import ArgumentParser
import Placard

/// `placard check`: builds the site in memory and checks its output for foreign resources and broken links.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content, the templates, internal links, and that no page loads anything from another host."
    )

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let report: CheckReport
        do {
            report = try SiteChecker(BuildOptions(source: common.source, includeDrafts: common.drafts)).check()
        } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        Report.print(report.diagnostics)
        guard report.passed else {
            Report.error(report.description)
            throw ExitCode(1)
        }
        print(report)
    }
}
