/// Placard's version, written here and nowhere else: `placard --version` and `placard version` print it.
public enum PlacardVersion {
    /// The version, as `MAJOR.MINOR.PATCH`.
    public static let current = "0.2.0"
}
