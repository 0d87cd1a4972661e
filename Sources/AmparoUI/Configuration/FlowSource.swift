import AmparoCore
import Dispatch
import Foundation

/// The flows the app offers, ready now or loaded and validated on a background
/// thread that starts once the first screen (the language picker) is drawn.
/// Reading `flows` starts the load if needed and waits for it to finish.
public final class FlowSource: @unchecked Sendable {
    private let loaded = DispatchGroup()
    // Written once on the loading thread before `loaded.leave()`; read only after `wait()`.
    private var result: Result<[Flow], ContentLoadFailure> = .success([])

    /// Flows that are already loaded.
    public init(flows: [Flow]) {
        result = .success(flows)
        knownMenu = nil
    }

    /// Loads with `load` on a background thread, from the first call to `start()`
    /// (or the first read of `flows`), so the first screen can be drawn before. With `menu`
    /// (from a verified compiled bundle) the flow picker is drawn from it without waiting.
    public init(loading load: @escaping @Sendable () -> Result<[Flow], ContentLoadFailure>,
                menu: [FlowMenuEntry]? = nil) {
        pending = load
        knownMenu = menu
    }

    private let knownMenu: [FlowMenuEntry]?
    private let finished = Locked(false)

    /// What the flow picker shows: the bundle's entries at once when there are any (until the
    /// load has finished), otherwise the loaded flows' (waiting for the load).
    public var menu: [FlowMenuEntry] {
        if let knownMenu, !finished.value { return knownMenu }
        return flows.map(FlowMenuEntry.init)
    }

    /// ``problem``, but without waiting when a bundle's entries are there to show meanwhile:
    /// nil until the load has finished.
    public var problemSoFar: ContentLoadFailure? {
        if knownMenu != nil, !finished.value { return nil }
        return problem
    }

    private var pending: (@Sendable () -> Result<[Flow], ContentLoadFailure>)?
    private let starting = DispatchQueue(label: "amparo.flow-source")

    /// Starts the background load, once; later calls do nothing.
    public func start() {
        starting.sync {
            guard let load = pending else { return }
            pending = nil
            loaded.enter()
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                result = load()
                finished.value = true
                loaded.leave()
            }
        }
    }

    /// The flows, in picker order (none when the content failed to load); waits for the load.
    public var flows: [Flow] {
        start()
        loaded.wait()
        return (try? result.get()) ?? []
    }

    /// Why the content could not be used, if it could not; waits for the load.
    public var problem: ContentLoadFailure? {
        start()
        loaded.wait()
        if case .failure(let problem) = result { return problem }
        return nil
    }
}
