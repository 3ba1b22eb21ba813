import Foundation

/// Keeps a whole build from emptying a folder that no build made: `placard build --output ~/Documents` must not delete
/// the documents.
///
/// A build that writes into an output folder leaves a marker file in it (``markerName``, hidden, so never removed or
/// published by mistake as a page). A later build removes the files the site no longer makes only from a folder
/// with that marker; a folder without it is used only when the build would remove nothing from it (a new or empty
/// folder, one that holds only hidden files such as `.git`, or one whose files are all files this build makes).
struct OutputOwnership: Sendable {
    static let markerName = ".placard-output"
    static let markerText = """
        This folder is the output of `placard build`. Each build replaces the files in it and removes those the site \
        no longer makes (never a hidden file). Without this file, a build refuses to remove anything here.

        """

    let fileSystem: FileSystem
    let output: String

    private var marker: String { output + "/" + Self.markerName }

    /// Whether a build made this folder.
    var isClaimed: Bool {
        let entry = fileSystem.inspect(marker)
        return entry.kind == .file && !entry.isLink
    }

    /// Refuses to remove files, or links, from a folder that no build claimed.
    /// - Parameter paths: what the build would remove, relative to the output folder.
    /// - Throws: one diagnostic naming the folder and some of the files, and what to do.
    func check(removing paths: [String]) throws(BuildFailure) {
        guard !paths.isEmpty, !isClaimed else { return }
        let sorted = paths.sorted()
        let shown = sorted.prefix(3).joined(separator: ", ") + (sorted.count > 3 ? ", …" : "")
        throw BuildFailure([
            Diagnostic(
                "the output folder \(output) holds \(sorted.count) file\(sorted.count == 1 ? "" : "s") this build "
                    + "does not make (\(shown)), and no Placard build made that folder (it has no "
                    + "\(Self.markerName) file), so the build will not remove them; choose a new or empty --output "
                    + "folder, or, if it is the output of an earlier Placard, delete the folder and build again")
        ])
    }

    /// Marks the folder as a build's output, when it exists and is not marked yet.
    /// - Returns: a warning when the marker cannot be written: the next build will then refuse to remove anything.
    @discardableResult
    func claim() -> Diagnostic? {
        guard fileSystem.kind(output) == .directory, !isClaimed else { return nil }
        do {
            try fileSystem.create(Data(Self.markerText.utf8), marker)
            return nil
        } catch {
            return Diagnostic(
                .warning,
                "could not write \(marker) (\(SourceReader.reason(error))), so the next build will not remove files "
                    + "the site no longer makes; check the output folder's permissions")
        }
    }
}
