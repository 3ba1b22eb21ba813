/// Holds the port a server reported through `onServerRunning`.
actor ReportedPort {
    private(set) var port: Int?

    func set(_ port: Int) {
        self.port = port
    }
}
