import Foundation
import PlacardCommands

// `placard`: the commands live in PlacardCommands, run here as the tests run most of them in their own process.
exit(await PlacardCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))
