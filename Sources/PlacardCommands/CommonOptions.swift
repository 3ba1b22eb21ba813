import ArgumentParser

/// Flags shared by `build`, `serve` and `check`.
struct CommonOptions: ParsableArguments {
    @Option(help: "The site folder, holding content/ and templates/.")
    var source = "."

    @Flag(help: "Include draft posts.")
    var drafts = false
}
