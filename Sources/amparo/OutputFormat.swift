import AmparoCore
import ArgumentParser

/// `--format text|json` of decide and paths.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

extension GraphFormat: ExpressibleByArgument {}
