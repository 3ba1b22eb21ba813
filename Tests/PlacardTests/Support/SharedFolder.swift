import Foundation

/// Material in the project's shared folder beside the repository (`../shared/…`): real exports and spec suites
/// that we may read but not copy into the repository. A suite that reads it is an extra pass, gated with
///
///     @Suite(.enabled(if: SharedFolder.available("fixtures/import", for: "ImportConformanceTests")))
///
/// It runs where the folder exists (CI and the team's machines); elsewhere, such as a bare clone, it is skipped and
/// one line says which suite and why: never a silent pass.
enum SharedFolder {
    /// `shared/` beside the repository.
    static let root = URL(fileURLWithPath: TestSite.repository).deletingLastPathComponent()
        .appendingPathComponent("shared").path

    /// `relative` below `root`.
    static func path(_ relative: String, root: String = root) -> String { root + "/" + relative }

    /// Whether `relative` exists below `root`. When it does not, `report` gets, once per suite,
    /// `skipped: <suite> — ../shared/<relative> not found (CI and the team have it)`.
    static func available(
        _ relative: String, for suite: String, root: String = root, report: (String) -> Void = { print($0) }
    ) -> Bool {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path(relative, root: root), isDirectory: &isFolder),
            isFolder.boolValue
        {
            return true
        }
        lock.lock()
        let first = reported.insert(suite).inserted
        lock.unlock()
        if first { report("skipped: \(suite) — ../shared/\(relative) not found (CI and the team have it)") }
        return false
    }

    /// The suites whose skip line was printed already (a suite's condition may be evaluated more than once).
    nonisolated(unsafe) private static var reported = Set<String>()
    private static let lock = NSLock()
}
