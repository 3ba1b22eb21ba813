public import ArgumentParser
import Placard

/// `placard`: the root command.
public struct PlacardCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "placard",
        abstract: "Build and serve a static site of posts with dated updates and comment archives.",
        version: PlacardVersion.current,
        subcommands: [
            InitCommand.self, BuildCommand.self, ServeCommand.self, NewCommand.self, CheckCommand.self,
            ImportCommand.self, TranslationsCommand.self, VersionCommand.self,
        ]
    )

    /// Creates the command; ArgumentParser fills it from the arguments.
    public init() {}
}
