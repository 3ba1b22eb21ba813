import ArgumentParser
import Placard

/// `placard version`: the same line as `placard --version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print Placard's version.")

    func run() {
        Console.say(PlacardVersion.current)
    }
}
