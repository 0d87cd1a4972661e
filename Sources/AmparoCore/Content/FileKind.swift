import Foundation

/// A file's type from lstat(2), without following a symbolic link.
///
/// Not `FileManager.attributesOfItem`: that also looks up the owner's and group's names, which
/// makes glibc try the nscd socket, and the kiosk's no-writes test (rightly) forbids any
/// connect.
enum FileKind {
    /// The type of `path` (a link is `.typeSymbolicLink`), or `nil` when it does not exist.
    static func of(_ path: String) -> FileAttributeType? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .typeRegular
        case S_IFDIR: return .typeDirectory
        case S_IFLNK: return .typeSymbolicLink
        case S_IFCHR: return .typeCharacterSpecial
        case S_IFBLK: return .typeBlockSpecial
        case S_IFSOCK: return .typeSocket
        default: return .typeUnknown
        }
    }
}
