import ArgumentParser

extension PlacardCommand {
    /// Runs a command line as `placard` would, in this process, writing to ``Console/current``.
    /// - Parameter arguments: the arguments after `placard`, such as `["build", "--drafts"]`.
    /// - Returns: the exit status the `placard` process would have.
    public static func run(arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            // As `main()` does: help and version to standard output, everything else to standard error.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty { (code == .success ? Console.current.out : Console.current.err)(message + "\n") }
            return code.rawValue
        }
    }
}
