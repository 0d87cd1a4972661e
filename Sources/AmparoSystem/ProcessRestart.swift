import Glibc

/// Starts the program afresh in this process: `execv` of the running binary (by the path
/// `/proc/self/exe` links to, so `ps` still shows `amparo`; by `/proc/self/exe` itself when
/// that file was deleted or replaced since) with the same arguments. The kernel throws the old memory away and gives the new program clean pages, so
/// nothing of the last person survives in freed memory, as it would after an in-process reset.
/// The process id, the terminal and the environment stay (with one variable added).
public enum ProcessRestart {
    /// Replaces the program with a fresh copy of itself, with `key=value` added to its
    /// environment. Returns only when `execv` failed, with the reason.
    public static func exec(setting key: String, to value: String) -> String {
        guard setenv(key, value, 1) == 0 else { return "cannot set \(key)" }
        _ = execv(runningBinary(), CommandLine.unsafeArgv)
        return String(cString: strerror(errno))
    }

    /// The path of the running binary, or `/proc/self/exe` when it is gone.
    static func runningBinary() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return "/proc/self/exe" }
        let path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return path.hasSuffix(" (deleted)") || access(path, X_OK) != 0 ? "/proc/self/exe" : path
    }

    /// Reads and removes `key` from the environment (so children such as espeak-ng never see
    /// it); nil when it was not set.
    public static func take(_ key: String) -> String? {
        guard let raw = getenv(key) else { return nil }
        let value = String(cString: raw)
        unsetenv(key)
        return value
    }
}
