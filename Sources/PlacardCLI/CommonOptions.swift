import ArgumentParser

/// Flags shared by `build` and `serve`.
struct CommonOptions: ParsableArguments {
    @Option(help: "The site folder, holding content/ and templates/.")
    var source = "."

    @Flag(help: "Include draft posts.")
    var drafts = false
}
