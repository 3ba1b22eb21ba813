import Foundation

/// Where the commands write: standard output and standard error, or, for a test that runs a command in its own
/// process, whatever it collects them into.
public struct Console: Sendable {
    /// Writes text to standard output as it is, at once.
    public var out: @Sendable (String) -> Void
    /// Writes text to standard error as it is, at once.
    public var err: @Sendable (String) -> Void
    /// Whether standard error is a terminal, where a progress line may be drawn.
    public var errIsTerminal: Bool

    /// Creates a console.
    public init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        errIsTerminal: Bool = false
    ) {
        self.out = out
        self.err = err
        self.errIsTerminal = errIsTerminal
    }

    /// The process's standard output and error, unbuffered.
    public static let standard = Console(
        out: { FileHandle.standardOutput.write(Data($0.utf8)) },
        err: { FileHandle.standardError.write(Data($0.utf8)) },
        errIsTerminal: isatty(STDERR_FILENO) == 1)

    /// The console of the command running in this task.
    @TaskLocal public static var current = Console.standard

    /// Writes a line to standard output.
    static func say(_ line: String) { current.out(line + "\n") }
}
