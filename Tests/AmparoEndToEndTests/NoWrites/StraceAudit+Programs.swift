import Foundation

extension StraceAudit {
    /// One process of a traced run: the programs it ran (`execve` that succeeded), the
    /// programs it tried (every `execve`, with its path), and the files it opened.
    struct TracedProcess: Equatable {
        let pid: Int
        var ran: [String] = []
        var tried: [String] = []
        var opened: [String] = []

        /// One line of the report: `pid program: file, file, …`.
        var summary: String {
            "\(pid) \(ran.joined(separator: " → ")): \(opened.isEmpty ? "(nothing)" : opened.joined(separator: ", "))"
        }
    }

    /// Every process in a `strace -f -o` log, in order of its first line, with what it ran and
    /// opened (the threads of one program show as processes of their own that ran nothing).
    static func processes(inLog text: String) -> [TracedProcess] {
        var order: [Int] = []
        var byPID: [Int: TracedProcess] = [:]
        for line in text.split(separator: "\n") {
            let digits = line.prefix(while: \.isNumber)
            guard let pid = Int(digits) else { continue }
            let rest = line.dropFirst(digits.count).drop(while: \.isWhitespace)
            guard let paren = rest.firstIndex(of: "("), let path = firstQuoted(rest[paren...]) else { continue }
            let call = String(rest[..<paren])
            if byPID[pid] == nil { order.append(pid); byPID[pid] = TracedProcess(pid: pid) }
            switch call {
            case "execve":
                byPID[pid]?.tried.append(path)
                if line.hasSuffix("= 0") { byPID[pid]?.ran.append(path) }
            case "open", "openat", "openat2":
                byPID[pid]?.opened.append(path)
            default:
                break
            }
        }
        return order.compactMap { byPID[$0] }
    }

    private static func firstQuoted(_ text: Substring) -> String? {
        guard let open = text.firstIndex(of: "\"") else { return nil }
        let after = text[text.index(after: open)...]
        guard let close = after.firstIndex(of: "\"") else { return nil }
        return String(after[..<close])
    }
}
