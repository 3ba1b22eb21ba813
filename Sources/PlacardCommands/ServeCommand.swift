import ArgumentParser
import Foundation
import Placard
import PlacardServer

/// `placard serve`: builds the site into a folder of its own, serves it, and rebuilds and reloads on save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this machine, and rebuild and reload on save (public/ is not touched)."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8000

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Flag(name: .customLong("no-reload"), help: "Send pages as built: no reload script, no error overlay.")
    var noReload = false

    @Flag(help: "Find changes by comparing folders regularly (for file systems without inotify).")
    var poll = false

    func run() async throws {
        let folder: ServeFolder
        do {
            folder = try ServeFolder.create()
        } catch {
            Report.error("error: could not create a private temporary folder to build into (\(error)); set TMPDIR")
            throw ExitCode(1)
        }
        defer { folder.remove() }
        let options = BuildOptions(source: common.source, output: folder.output, includeDrafts: common.drafts)
        let server = DevServer(options: options, host: host, port: port, liveReload: !noReload, polling: poll)
        do {
            try await serve(server, source: common.source, reload: !noReload)
        } catch {
            Report.error(
                "error: could not listen on \(host):\(port) (\(error)); pass --port with another port, "
                    + "or --port 0 for any free one")
            throw ExitCode(1)
        }
    }

    /// Runs the server and prints what it reports.
    private func serve(_ server: DevServer, source: String, reload: Bool) async throws {
        try await server.run { event in
            switch event {
            case .serving(let url):
                // Unbuffered, so that a parent process reading a pipe sees the address at once.
                Console.say("Serving \(source) at \(url) (Ctrl-C stops)")
            case .built(let update, let sources):
                Report.print(update.warnings)
                Console.say(sources.isEmpty ? "\(update)" : "\(Self.list(sources)) changed: \(update)")
            case .failed(let failure, let sources, let keptSite):
                if !sources.isEmpty { Report.error("\(Self.list(sources)) changed:") }
                Report.error(failure.description)
                Report.error(Self.failureNote(keptSite: keptSite, reload: reload))
            case .notice(let text):
                Report.error(text)
            }
        }
    }

    /// What the server does while the site is broken.
    private static func failureNote(keptSite: Bool, reload: Bool) -> String {
        switch (keptSite, reload) {
        case (true, true): "still serving the last good build, with these errors over every page; fix and save"
        case (true, false): "still serving the last good build; fix and save"
        case (false, true): "every page shows these errors until a save fixes them"
        case (false, false): "nothing to serve until a save fixes them"
        }
    }

    /// A few changed paths, for a line of the terminal.
    private static func list(_ sources: Set<String>) -> String {
        let sorted = sources.sorted()
        return sorted.count <= 3
            ? sorted.joined(separator: ", ")
            : sorted.prefix(2).joined(separator: ", ")
                + " and \(sorted.count - 2) more"
    }
}
