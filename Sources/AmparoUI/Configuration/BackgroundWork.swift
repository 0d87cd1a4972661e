import Dispatch

/// Work run once on a background thread, from the first ``start()`` (or read of ``value``), so
/// the first screen can be drawn before it; reading ``value`` waits for it to end.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Locked<Value?>(nil)
    private let pending: Locked<(@Sendable () -> Value)?>

    /// Work to be done by `work`, not started yet.
    init(_ work: @escaping @Sendable () -> Value) {
        pending = Locked(work)
        done.enter()
    }

    /// Work already done, with `value`.
    init(done value: Value) {
        pending = Locked(nil)
        result.value = value
    }

    /// Starts the work, once; later calls do nothing.
    func start() {
        guard let work = pending.take() else { return }
        DispatchQueue.global(qos: .userInitiated).async { [done, result] in
            result.value = work()
            done.leave()
        }
    }

    /// Whether the work has ended (without waiting for it).
    var isDone: Bool { result.value != nil }

    /// What the work gave; starts it if need be, and waits for it to end.
    var value: Value {
        start()
        done.wait()
        return result.value!
    }
}
