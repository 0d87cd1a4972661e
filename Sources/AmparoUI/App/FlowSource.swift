import AmparoCore
import Dispatch

/// The flows the app offers, ready now or being loaded and validated on a
/// background thread, so the first screen (the language picker) is drawn while
/// the content loads. Reading `flows` waits for the load to finish.
public final class FlowSource: @unchecked Sendable {
    private let loaded = DispatchGroup()
    // Written once on the loading thread before `loaded.leave()`; read only after `wait()`.
    private var result: Result<[Flow], ContentProblem> = .success([])

    /// Content that failed to load or validate, with every diagnostic.
    public struct ContentProblem: Error, Sendable {
        public var diagnostics: [Diagnostic]
        public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    }

    /// Flows that are already loaded.
    public init(flows: [Flow]) {
        result = .success(flows)
    }

    /// Starts `load` on a background thread.
    public init(loading load: @escaping @Sendable () -> Result<[Flow], ContentProblem>) {
        loaded.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = load()
            loaded.leave()
        }
    }

    /// The flows, in picker order (none when the content failed to load); waits for the load.
    public var flows: [Flow] {
        loaded.wait()
        return (try? result.get()) ?? []
    }

    /// Why the content could not be used, if it could not; waits for the load.
    public var problem: ContentProblem? {
        loaded.wait()
        if case .failure(let problem) = result { return problem }
        return nil
    }
}
