import ArgumentParser
import Foundation
import Placard

/// `placard new post|update`: creates content files, never overwriting one.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a new post or update.",
        subcommands: [NewPostCommand.self, NewUpdateCommand.self]
    )
}

/// `placard new post "Title"`.
struct NewPostCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "post", abstract: "Create a draft post dated today.")

    @Option(help: "The site folder, holding content/.")
    var source = "."

    @Argument(help: "The post's title; its folder is named after it.")
    var title: String

    func run() async throws {
        do {
            Console.say("Created \(try ContentScaffold(root: source).newPost(title: title, date: Date()))")
        } catch {
            Report.error("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}

/// `placard new update <post> "Title" [--date YYYY-MM-DD]`.
struct NewUpdateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Add a dated update to a post.")

    @Option(help: "The site folder, holding content/.")
    var source = "."

    @Argument(help: "The post's folder name under content/posts/.")
    var post: String

    @Argument(help: "The update's title.")
    var title: String

    @Option(help: "The update's day, YYYY-MM-DD (default: today in the site's time zone).")
    var date: String?

    func run() async throws {
        do {
            let scaffold = ContentScaffold(root: source)
            Console.say("Created \(try scaffold.newUpdate(post: post, title: title, day: date, today: Date()))")
        } catch {
            Report.error("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}
