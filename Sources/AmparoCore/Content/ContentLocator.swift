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
                              environment: [String: String] = ProcessInfo.processInfo.environment,
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
            let binDirectory = (absolute(executablePath, from: currentDirectory) as NSString).deletingLastPathComponent
            let installed = ((binDirectory as NSString).deletingLastPathComponent as NSString)
                .appendingPathComponent("share/amparo")
            if hasFlows(installed) { return ContentDirectory(root: installed, origin: "installed") }
            if let found = buildTreeRoot(of: binDirectory) {
                return ContentDirectory(root: found, origin: "next to the program")
            }
        }
        return nil
    }

    /// The running program's path (through `/proc/self/exe` on Linux).
    public static func currentExecutablePath() -> String? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return path
        }
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
        let flows = (directory as NSString).appendingPathComponent("Flows")
        return FileManager.default.fileExists(atPath: flows, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func absolute(_ path: String, from directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        return (joined as NSString).standardizingPath
    }
}
