import AmparoCore
import AmparoUI
import Glibc

/// Starts the interactive wizard: loads the flows, then runs the full-screen
/// front, or the plain line mode when asked to or when the terminal cannot do
/// full screen (with a one-line notice saying why).
public enum WizardLauncher {
    /// What `amparo` was asked for.
    public struct Options: Sendable {
        public var plain: Bool
        public var language: String?
        public var content: String?

        public init(plain: Bool = false, language: String? = nil, content: String? = nil) {
            self.plain = plain
            self.language = language
            self.content = content
        }
    }

    /// Why the wizard could not start.
    public enum Failure: Error, CustomStringConvertible {
        case noContent
        case invalidContent([Diagnostic])

        public var description: String {
            switch self {
            case .noContent:
                return "amparo: no Flows/ directory found; use --content DIR or set AMPARO_CONTENT"
            case .invalidContent(let diagnostics):
                let errors = diagnostics.filter { $0.severity == .error }
                return (errors.map(\.headline) + ["amparo: the content has errors; run `amparo validate`"])
                    .joined(separator: "\n")
            }
        }
    }

    /// Loads the content and runs the wizard until the person leaves.
    public static func run(_ options: Options, environment: [String: String],
                           plainFront: (AppConfiguration) throws -> Void) throws {
        let configuration = try configuration(for: options, environment: environment)
        if !options.plain {
            do {
                try CursesFront.run(App(configuration: configuration), environment: environment)
                return
            } catch {
                writeError("amparo: \(error); using the plain line mode.\n")
            }
        }
        try plainFront(configuration)
    }

    /// The app's configuration: flows from the content directory, the languages, `--lang`.
    public static func configuration(for options: Options, environment: [String: String]) throws -> AppConfiguration {
        guard let directory = ContentLocator.locate(override: options.content, environment: environment) else {
            throw Failure.noContent
        }
        let loaded = FlowLoader.load(directory: directory.flows)
        if loaded.hasErrors { throw Failure.invalidContent(loaded.diagnostics) }
        return AppConfiguration(flows: loaded.flows, languages: LanguageChoice.shipped,
                                fixedLanguage: options.language,
                                preselectedLanguage: nil)
    }

    private static func writeError(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(STDERR_FILENO, &bytes, bytes.count)
    }
}
