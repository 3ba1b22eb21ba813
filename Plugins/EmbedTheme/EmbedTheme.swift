import Foundation
import PackagePlugin

/// Embeds the default theme, `templates/` at the package's root, in the target it is applied to: `scripts/embed-theme`
/// writes every file's bytes into a generated Swift source, which the build compiles with the target. Every file of
/// the theme is an input of that step, so editing one and building again updates the binary with no step by hand.
///
/// SwiftPM asks a plugin for its commands only when it plans the build, which it does again only when the package
/// changes: after adding or removing a file in `templates/`, `touch Package.swift` before building (a removed file
/// otherwise fails the build as a missing input; an added one would not be embedded, which `DefaultThemeTests` reports).
/// A prebuild command would not help: SwiftPM skips those too until it plans again (swift-package-manager#5476).
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let package = context.package.directoryURL
        let script = package.appending(path: "scripts/embed-theme")
        let templates = package.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme in \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, templates.path, output.path],
                inputFiles: [script] + (try files(below: templates)),
                outputFiles: [output])
        ]
    }

    /// Every file below `folder` but hidden ones (editors' and the system's), as `scripts/embed-theme` reads them.
    private func files(below folder: URL) throws -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return [] }
        return try walker.compactMap { item in
            guard let url = item as? URL, try url.resourceValues(forKeys: Set(keys)).isRegularFile == true else {
                return nil
            }
            return url
        }
    }
}
