import ArgumentParser
import Placard
import PlacardCheck

/// `placard check`: builds the site in memory and checks its output for foreign resources and broken links; prints
/// one line per problem (`path:line:column: error: message`), then how many there are.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content, the templates, internal links, and that no page loads anything from another host."
    )

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let report: CheckReport
        do {
            report = try await SiteChecker(BuildOptions(source: common.source, includeDrafts: common.drafts)).check()
        } catch {
            // One line per problem, as for the output's problems below, then the count.
            for diagnostic in error.diagnostics { Report.error(diagnostic.headline) }
            Report.error(String(error.description.split(separator: "\n").last ?? ""))
            throw ExitCode(1)
        }
        for diagnostic in report.diagnostics { Report.error(diagnostic.headline) }
        guard report.passed else {
            Report.error(report.description)
            throw ExitCode(1)
        }
        Console.say("\(report)")
    }
}
