/// The outside programs the kiosk may run, each by an absolute path, never looked up in `PATH`
/// (a `PATH` that someone could change would pick which `lp` gets the person's card). The
/// config can set each one (`lp-program = /usr/local/bin/lp`); the defaults are Debian's.
public struct KioskPrograms: Equatable, Sendable {
    /// CUPS's `lp`, which prints the take-away card.
    public var lp: String
    /// CUPS's `lpstat`, which names the printer.
    public var lpstat: String
    /// `espeak-ng`, which reads the screen aloud.
    public var espeakNG: String

    /// Debian's paths: `/usr/bin/lp`, `/usr/bin/lpstat`, `/usr/bin/espeak-ng`.
    public init(lp: String = "/usr/bin/lp", lpstat: String = "/usr/bin/lpstat", espeakNG: String = "/usr/bin/espeak-ng") {
        self.lp = lp
        self.lpstat = lpstat
        self.espeakNG = espeakNG
    }

    /// The config keys, with the program each sets.
    public static var configKeys: [(key: String, path: WritableKeyPath<KioskPrograms, String>)] {
        [("lp-program", \.lp), ("lpstat-program", \.lpstat), ("espeak-ng-program", \.espeakNG)]
    }

    /// Why `path` cannot name a program, or nil: it must be absolute, with no `..` part.
    public static func problem(with path: String) -> String? {
        guard path.hasPrefix("/") else { return "must be an absolute path (starting with /): programs are never looked up in PATH" }
        guard !path.split(separator: "/").contains("..") else { return "may not contain a `..` part" }
        return nil
    }
}
