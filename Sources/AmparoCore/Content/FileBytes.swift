import Crypto
import Glibc

/// A file's bytes read into the process's own memory in one copy (not mapped: a mapped file
/// would show later changes to it, after its hash was checked).
enum FileBytes {
    /// The bytes of the regular file at `path`, or nil when it cannot be opened and read whole
    /// or holds more than `limit` bytes.
    static func read(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= limit else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var done = 0
            while done < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + done, size - done)
                if got < 0, errno == EINTR { continue }
                guard got > 0 else { break }
                done += got
            }
            failed = done != size
            count = failed ? 0 : size
        }
        return failed ? nil : bytes
    }

    /// The bytes of the regular file at `path` if they are exactly `size` bytes with the
    /// lower-case hex SHA-256 `sha256` (what a manifest or a bundle's head lists); otherwise nil.
    static func matching(_ path: String, size: Int, sha256: String) -> [UInt8]? {
        guard let bytes = read(path, limit: size), bytes.count == size,
              ContentManifest.hex(SHA256.hash(data: bytes)) == sha256 else { return nil }
        return bytes
    }

    /// The size of the file at `path` (not following a link), or nil when there is none.
    static func size(of path: String) -> Int? {
        var info = stat()
        return lstat(path, &info) == 0 ? Int(info.st_size) : nil
    }
}
