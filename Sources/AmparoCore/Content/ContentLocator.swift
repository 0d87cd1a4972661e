import Foundation

/// Finds the shipped content with no flags, from a repository checkout or an install:
///
/// 1. `--content DIR`, when given;
/// 2. `$AMPARO_CONTENT`, when set;
/// 3. `<bin>/../share/amparo` (an install: `/usr/local/bin/amparo` → `/usr/local/share/amparo`);
/// 4. in a build tree only (the program somewhere under a `.build` directory, as
///    `.build/debug/amparo` is), the directory that holds that `.build`, when it has `Flows/`.
///
/// Nothing else is searched: never the current directory, and never upwards from an installed
/// program, so a `Flows/` left lying around cannot become the content a kiosk shows.
public enum ContentLocator {
    /// The content directory, or `nil` when none was found. An explicit `--content` or
    /// `$AMPARO_CONTENT` is returned even if it holds no `Flows/` (the caller reports that).
    public static func locate(override: String? = nil,
                              environment: [String: String] = ProcessEnvironment.current(),
                              executablePath: String? = currentExecutablePath(),
                              currentDirectory: String = FileManager.default.currentDirectoryPath)
        -> ContentDirectory? {
        if let override, !override.isEmpty {
            return ContentDirectory(root: absolute(override, from: currentDirectory), origin: "--content")
        }
        if let fromEnvironment = environment["AMPARO_CONTENT"], !fromEnvironment.isEmpty {
            return ContentDirectory(root: absolute(fromEnvironment, from: currentDirectory), origin: "$AMPARO_CONTENT")
        }
        if let executablePath {
            let binDirectory = parent(of: absolute(executablePath, from: currentDirectory))
            let installed = ContentDirectory.path("share/amparo", under: parent(of: binDirectory))
            if hasFlows(installed) { return ContentDirectory(root: installed, origin: "installed") }
            if let found = buildTreeRoot(of: binDirectory) {
                return ContentDirectory(root: found, origin: "next to the program")
            }
        }
        return nil
    }

    /// The running program's path (through `/proc/self/exe` on Linux).
    public static func currentExecutablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Bundle.main.executablePath ?? CommandLine.arguments.first
    }

    /// The directory holding the innermost `.build` that `binDirectory` lies in, when it has
    /// `Flows/` (a repository checkout); nil for a program outside a build tree.
    private static func buildTreeRoot(of binDirectory: String) -> String? {
        let components = (binDirectory as NSString).standardizingPath.split(separator: "/", omittingEmptySubsequences: true)
        guard let index = components.lastIndex(of: ".build") else { return nil }
        let root = "/" + components[..<index].joined(separator: "/")
        return hasFlows(root) ? root : nil
    }

    private static func hasFlows(_ directory: String) -> Bool {
        var isDirectory: ObjCBool = false
        let flows = ContentDirectory.path("Flows", under: directory)
        return FileManager.default.fileExists(atPath: flows, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// The directory `path` names a file in: `/usr/bin` for `/usr/bin/amparo`, `/` for `/usr`.
    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` from `directory`, with its symbolic links resolved: by `realpath` when it exists
    /// (what opening it reaches), else as Foundation standardizes it. (Foundation's way took
    /// about 0.5 ms of a kiosk's start: its first use of `NSString`.)
    private static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : ContentDirectory.path(path, under: directory)
        if let resolved = realpath(joined, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        return (joined as NSString).standardizingPath
    }
}
