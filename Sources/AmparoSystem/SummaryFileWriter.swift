import Glibc

/// Saves a take-away summary to a path the volunteer typed (volunteer mode only). The file
/// is new (an existing file is never overwritten) and readable by its owner only.
public enum SummaryFileWriter {
    /// Why a summary could not be saved.
    public enum Failure: Error, Equatable, Sendable {
        /// Something is already at that path.
        case exists
        /// The system refused (the `errno` text, in English).
        case system(String)
    }

    /// Writes `text` to a new file at `path`, mode 0600.
    public static func save(_ text: String, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw errno == EEXIST ? .exists : .system(String(cString: strerror(errno)))
        }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .system(reason)
            }
            offset += written
        }
        guard close(fd) == 0 else { throw .system(String(cString: strerror(errno))) }
    }
}
