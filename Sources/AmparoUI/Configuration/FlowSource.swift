import AmparoCore

/// The flows the app offers, ready now or loaded and validated on a background
/// thread that starts once the first screen (the language picker) is drawn.
/// Reading `flows` starts the load if needed and waits for it to finish.
public final class FlowSource: Sendable {
    private let load: BackgroundWork<Result<[Flow], ContentLoadFailure>>
    private let knownMenu: [FlowMenuEntry]?

    /// Flows that are already loaded.
    public init(flows: [Flow]) {
        load = BackgroundWork(done: .success(flows))
        knownMenu = nil
    }

    /// Loads with `load` on a background thread, from the first call to `start()`
    /// (or the first read of `flows`), so the first screen can be drawn before. With `menu`
    /// (from a verified compiled bundle) the flow picker is drawn from it without waiting.
    public init(loading load: @escaping @Sendable () -> Result<[Flow], ContentLoadFailure>,
                menu: [FlowMenuEntry]? = nil) {
        self.load = BackgroundWork(load)
        knownMenu = menu
    }

    /// What the flow picker shows: the bundle's entries at once when there are any (until the
    /// load has finished), otherwise the loaded flows' (waiting for the load).
    public var menu: [FlowMenuEntry] {
        if let knownMenu, !load.isDone { return knownMenu }
        return flows.map(FlowMenuEntry.init)
    }

    /// ``problem``, but without waiting when a bundle's entries are there to show meanwhile:
    /// nil until the load has finished.
    public var problemSoFar: ContentLoadFailure? {
        if knownMenu != nil, !load.isDone { return nil }
        return problem
    }

    /// Starts the background load, once; later calls do nothing.
    public func start() { load.start() }

    /// The flows, in picker order (none when the content failed to load); waits for the load.
    public var flows: [Flow] { (try? load.value.get()) ?? [] }

    /// Why the content could not be used, if it could not; waits for the load.
    public var problem: ContentLoadFailure? {
        if case .failure(let problem) = load.value { return problem }
        return nil
    }
}
