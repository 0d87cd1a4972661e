import Foundation

/// Reads a running process's memory through `/proc/PID/maps` and `/proc/PID/mem`, to look for
/// text that must not be there. Needs the right to trace the process: root (the kiosk turns
/// itself non-dumpable, so a user of the same uid cannot read it).
enum ProcessMemory {
    /// Whether this test process may read another process's memory.
    static var canRead: Bool { getuid() == 0 }

    /// How many times each of `texts` occurs in the readable memory of process `pid`, in UTF-8,
    /// UTF-16 and UTF-32 (little-endian): the encodings Swift, Foundation and ncursesw hold text in.
    static func count(_ texts: [String], in pid: Int32) throws -> [String: Int] {
        let patterns = texts.flatMap { text in
            [Array(text.utf8), bytes(text, .utf16LittleEndian), bytes(text, .utf32LittleEndian)].map { (text, $0) }
        }
        var counts = Dictionary(uniqueKeysWithValues: texts.map { ($0, 0) })
        let maps = try String(contentsOfFile: "/proc/\(pid)/maps", encoding: .utf8)
        let descriptor = open("/proc/\(pid)/mem", O_RDONLY)
        guard descriptor >= 0 else { throw ReadError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 2, fields[1].hasPrefix("r") else { continue }
            if fields.count >= 6, fields[5] == "[vvar]" || fields[5] == "[vsyscall]" { continue }
            let bounds = fields[0].split(separator: "-").compactMap { UInt64($0, radix: 16) }
            guard bounds.count == 2, bounds[1] > bounds[0] else { continue }
            var region = [UInt8](repeating: 0, count: Int(bounds[1] - bounds[0]))
            let read = region.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(Int64(bitPattern: bounds[0]))) }
            guard read > 0 else { continue }
            for (text, pattern) in patterns { counts[text, default: 0] += occurrences(of: pattern, in: region[..<read]) }
        }
        return counts
    }

    private static func bytes(_ text: String, _ encoding: String.Encoding) -> [UInt8] {
        Array(text.data(using: encoding) ?? Data())
    }

    /// Counts `pattern` in `region` with `memchr` and `memcmp` (a debug build's Swift loop over
    /// a few hundred megabytes takes over a minute).
    private static func occurrences(of pattern: [UInt8], in region: ArraySlice<UInt8>) -> Int {
        guard !pattern.isEmpty else { return 0 }
        return region.withUnsafeBytes { haystack in
            pattern.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return 0 }
                var count = 0
                var offset = 0
                let first = Int32(pattern[0])
                while offset + needle.count <= haystack.count,
                      let found = memchr(base + offset, first, haystack.count - offset - needle.count + 1) {
                    let at = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, needleBase, needle.count) == 0 { count += 1 }
                    offset = at + 1
                }
                return count
            }
        }
    }

    struct ReadError: Error, CustomStringConvertible {
        var reason: String
        var description: String { "cannot read the process's memory: \(reason)" }
    }
}
