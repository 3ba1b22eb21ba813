import ArgumentParser
import Foundation
import Placard
import PlacardStarter

/// `placard init [DIR]`: a new site with an example post and the default theme, ready to build and serve.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site: settings, an example post and the default theme.",
        discussion: "Refuses a folder that is not empty unless --force; never replaces a file."
    )

    @Argument(help: "The new site's folder (default: the current folder).")
    var folder = "."

    @Flag(help: "Add the missing files to a folder that is not empty; existing files are kept as they are.")
    var force = false

    func run() async throws {
        let outcome: SiteStarter.Outcome
        do {
            outcome = try SiteStarter(root: folder).create(force: force)
        } catch {
            Report.error("error: \(error.message)")
            throw ExitCode(1)
        }
        for path in outcome.kept { Console.say("kept \(path) (it exists already)") }
        Console.say("Created a site in \(folder) (\(outcome.written.count) files). Next:")
        if folder != "." { Console.say("  cd \(Self.shellQuoted(folder))") }
        Console.say(
            "  placard serve    # builds the site and serves it at http://127.0.0.1:8000, rebuilding as you edit")
        if folder == "." { Console.say("  placard build    # writes the site into public/, ready to publish") }
    }

    /// The folder as a shell word: quoted when it holds anything but letters, digits and `/._-`.
    static func shellQuoted(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "/._-".unicodeScalars.contains($0)
        }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
