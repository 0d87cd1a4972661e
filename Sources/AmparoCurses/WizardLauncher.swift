import AmparoCore
import AmparoUI
import Dispatch
import Foundation
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
        /// Kiosk settings (`--kiosk`, `AMPARO_KIOSK`, the config file).
        public var kiosk = KioskConfig()
        /// `--volunteer LANG`: the volunteer's language.
        public var volunteer: String?
        /// QR codes, printing, speech and saving, from AmparoSystem.
        public var services = KioskServices()

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
        case kioskNeedsFullScreen(String)
        case unknownLanguage(UnknownLanguageError)

        public var description: String {
            switch self {
            case .noContent:
                return "amparo: no Flows/ directory found; use --content DIR or set AMPARO_CONTENT"
            case .invalidContent(let diagnostics):
                let errors = diagnostics.filter { $0.severity == .error }
                return (errors.map(\.headline) + ["amparo: the content has errors; run `amparo validate`"])
                    .joined(separator: "\n")
            case .unknownLanguage(let error):
                return "amparo: \(error)"
            case .kioskNeedsFullScreen(let reason):
                return "amparo: kiosk mode needs a full-screen terminal (\(reason)); it cannot run in the plain line mode"
            }
        }
    }

    /// Loads the content and runs the wizard until the person leaves.
    public static func run(_ options: Options, environment: [String: String],
                           plainFront: (AppConfiguration) throws -> Void) throws {
        let configuration = try configuration(for: options, environment: environment)
        if options.kiosk.kiosk && options.plain { throw Failure.kioskNeedsFullScreen("--plain was given") }
        if !options.plain {
            do {
                try CursesFront.run(App(configuration: configuration), environment: environment)
                if let problem = configuration.flowSource.problem {
                    throw Failure.invalidContent(problem.diagnostics)
                }
                return
            } catch let failure as CursesStartFailure {
                if options.kiosk.kiosk { throw Failure.kioskNeedsFullScreen("\(failure)") }
                writeError("amparo: \(failure); using the plain line mode.\n")
            }
        }
        if let problem = configuration.flowSource.problem { throw Failure.invalidContent(problem.diagnostics) }
        try plainFront(configuration)
    }

    /// The app's configuration: flows from the content directory, the languages, `--lang`.
    public static func configuration(for options: Options, environment: [String: String]) throws -> AppConfiguration {
        guard let directory = ContentLocator.locate(override: options.content, environment: environment) else {
            throw Failure.noContent
        }
        var configuration = AppConfiguration(flows: [], languages: LanguageChoice.shipped,
                                             fixedLanguage: options.language,
                                             preselectedLanguage: nil)
        do {
            try configuration.useCatalogs(in: LocalizationDirectory(path: directory.localization),
                                          requested: options.language, environment: environment)
        } catch {
            throw Failure.unknownLanguage(error)
        }
        // Load and validate once, in the background: the language picker needs no flow.
        let flowDirectory = directory.flows
        configuration.flowSource = FlowSource(loading: { loadAndValidate(flowDirectory) })
        configuration.kiosk = options.kiosk
        configuration.volunteerLanguage = options.volunteer
        configuration.services = options.services
        return configuration
    }

    /// Every flow in `directory`, if they all load and pass the validator: a flow with
    /// an error (a dead end, an unknown reference, …) is never shown.
    ///
    /// The files are loaded and validated in parallel, one file per task (with `--lang` the
    /// catalog is parsed on the main thread at the same time); the results are then combined in
    /// name order, exactly as `FlowLoader.load(directory:)` and one validator pass would give.
    public static func loadAndValidate(_ directory: String) -> Result<[Flow], FlowSource.ContentProblem> {
        let files = FlowLoader.yamlFiles(in: directory)
        let results = FileResults(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let loaded = FlowLoader.load(file: files[index])
            let problems = loaded.hasErrors ? [] : loaded.flows.flatMap { FlowValidator().validate($0) }
            results.set(index, (loaded, problems))
        }
        let each = results.all
        let loadDiagnostics = each.flatMap(\.loaded.diagnostics)
        if loadDiagnostics.contains(where: { $0.severity == .error }) { return .failure(.init(diagnostics: loadDiagnostics)) }
        let problems = each.flatMap(\.problems)
        if problems.contains(where: { $0.severity == .error }) { return .failure(.init(diagnostics: problems)) }
        return .success(each.flatMap(\.loaded.flows))
    }

    /// One slot per flow file, filled from parallel tasks.
    private final class FileResults: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [(loaded: FlowLoadResult, problems: [Diagnostic])?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: (loaded: FlowLoadResult, problems: [Diagnostic])) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        var all: [(loaded: FlowLoadResult, problems: [Diagnostic])] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }

    /// Writes to standard error, terminal-safe (the reason can name `TERM`, from outside).
    private static func writeError(_ text: String) {
        var bytes = Array(TerminalSafeText.sanitize(text).utf8)
        _ = write(STDERR_FILENO, &bytes, bytes.count)
    }
}
