import ArgumentParser
import Foundation
import Placard
import PlacardServer

/// `placard serve`: builds the site into a folder of its own and serves it.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site and serve it on this machine (public/ is not touched)."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The port to listen on.")
    var port = 8000

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placard-serve-\(getpid())").path
        let options = BuildOptions(
            source: common.source,
            output: folder,
            includeDrafts: common.drafts,
            baseURL: "http://\(host):\(port)/"
        )
        do {
            let summary = try SiteBuilder(options).build()
            Report.print(summary.warnings)
            print(summary)
        } catch {
            Report.error(error.description)
            throw ExitCode(1)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let server = StaticServer(root: folder, host: host, port: port)
        try await server.run { port in
            // Unbuffered, so that a parent process reading a pipe sees the address at once.
            let line = "Serving \(common.source) at \(server.url(port: port)) (Ctrl-C stops)\n"
            FileHandle.standardOutput.write(Data(line.utf8))
        }
    }
}
