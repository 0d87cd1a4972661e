import AmparoCore
import AmparoUI
import ArgumentParser
import Foundation

/// Starts the plain line mode on standard input and output.
enum PlainLauncher {
    static func run(_ configuration: AppConfiguration, flowID: String?) throws {
        if let flowID, let problem = PlainFront<StandardInputReader>.problem(withFlowID: flowID, in: configuration) {
            Console.error(problem)
            throw ExitCode(1)
        }
        var front = PlainFront(configuration: configuration, flowID: flowID, reader: StandardInputReader(),
                               width: width(), output: Console.write)
        front.run()
    }

    /// On a terminal, its width (from the terminal, else `$COLUMNS`, else 80), so that long
    /// lines, CJK included, are wrapped by display width; through a pipe or a file, `nil`: one
    /// paragraph per line, for screen readers and programs that wrap by themselves.
    private static func width() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessEnvironment.current()["COLUMNS"].flatMap(Int.init) ?? 80
    }
}
