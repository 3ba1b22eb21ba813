import ArgumentParser
import Placard

/// `placard build`: builds the site into `public/`.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Build the site into public/.")

    @OptionGroup var common: CommonOptions

    @Option(help: "The output folder (default: <source>/public).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "Replace site.yml's base_url, e.g. for a preview deploy.")
    var baseURL: String?

    func run() async throws {
        let options = BuildOptions(
            source: common.source, output: output, includeDrafts: common.drafts, baseURL: baseURL)
        let progress = ProgressLine()
        do {
            let summary = try await SiteBuilder(options).build(progress: progress.update)
            progress.finish()
            Report.print(summary.warnings)
            Console.say("\(summary)")
        } catch {
            progress.finish()
            Report.error(error.description)
            throw ExitCode(1)
        }
    }
}
