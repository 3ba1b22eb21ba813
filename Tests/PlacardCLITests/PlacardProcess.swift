import Foundation
import Synchronization

/// Runs the built `placard` executable, as a user would, and captures what it prints.
struct PlacardProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `placard` binary beside the test bundle in the build folder.
    static let executable: String = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("placard").path),
            folder.path != "/"
        {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("placard").path
    }()

    /// Runs `placard` with arguments in a folder and waits for it to exit.
    static func run(_ arguments: [String], in folder: String) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self)
        )
    }
}

/// A new temporary folder holding the given files, removed when the test process exits.
func makeSite(_ files: [String: String], templates: Bool = true) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("placard-cli-\(UUID().uuidString)").path
    TemporaryFolders.removeAtExit(root)
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    if templates { try FileManager.default.copyItem(atPath: repository + "/templates", toPath: root + "/templates") }
    for (path, text) in files {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
}

func read(_ root: String, _ path: String) throws -> String {
    try String(contentsOfFile: root + "/" + path, encoding: .utf8)
}

func exists(_ root: String, _ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

/// Folders the tests made, removed when the test process exits (the tests pass their paths to the `placard` binary,
/// so no value's lifetime says when a folder is done with).
enum TemporaryFolders {
    private static let folders = Mutex<[String]>([])
    private static let registered: Void = {
        atexit {
            for folder in TemporaryFolders.folders.withLock({ $0 }) {
                try? FileManager.default.removeItem(atPath: folder)
            }
        }
    }()

    static func removeAtExit(_ folder: String) {
        _ = registered
        folders.withLock { $0.append(folder) }
    }
}
