import Foundation
import PackagePlugin

/// Embeds the default theme, `templates/` at the package's root, in the target it is applied to: `ThemeEmbedder`
/// writes every file's bytes into a generated Swift source, which the build compiles with the target. Every file is
/// an input of that step, so editing `templates/` and building again updates the binary; a file added or removed is
/// seen when the build is planned again.
@main
struct EmbedTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "DefaultTheme+Files.swift")
        return [
            .buildCommand(
                displayName: "Embedding templates/ in \(target.name)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [templates.path, output.path],
                inputFiles: try files(below: templates),
                outputFiles: [output])
        ]
    }

    /// Every file below `folder`, hidden ones (editors' and the system's) left out, as `ThemeEmbedder` reads them.
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
