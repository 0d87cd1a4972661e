/// Facts about this build of Amparo.
public enum Amparo {
    /// The program's version, shown by `amparo --version`.
    public static let version = "0.1.0"
}
