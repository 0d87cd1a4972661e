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

    /// `$COLUMNS` when it is set and narrower than 72, else 72.
    private static func width() -> Int {
        let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 72
        return min(72, max(20, columns))
    }
}
