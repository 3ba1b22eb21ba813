public import Foundation

/// Placard's default theme, built into the binary from the repository's `templates/` folder (the `EmbedTheme`
/// build-tool plugin runs `scripts/embed-theme`), so that `placard init` works from an installed binary anywhere.
public enum DefaultTheme {
    /// Each file of the theme: its path below `templates/` and its bytes, in path order.
    public static var files: [(path: String, data: Data)] {
        embedded.map { file in
            guard let data = Data(base64Encoded: file.base64) else {
                preconditionFailure("the embedded theme file \(file.path) is not base64; rebuild Placard")
            }
            return (file.path, data)
        }
    }
}
