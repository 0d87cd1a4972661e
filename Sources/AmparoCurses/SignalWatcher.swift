import Dispatch
import Glibc

/// Turns SIGINT, SIGTERM and SIGHUP into a readable byte on a pipe, so the input
/// loop notices them in `poll` and restores the terminal before leaving. Nothing
/// runs in a raw signal handler: the signals are ignored and delivered to
/// dispatch sources, whose handlers run on a queue.
final class SignalWatcher: @unchecked Sendable {
    /// The signals that end the program.
    static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// In kiosk mode: the signals a member of the public could send from the keyboard, ignored.
    static let ignoredInKiosk: [Int32] = [SIGINT, SIGQUIT, SIGTSTP]

    private let watching: [Int32]
    private let ignoring: [Int32]

    /// Poll this for readability.
    let readDescriptor: Int32
    private let writeDescriptor: Int32
    private var sources: [DispatchSourceSignal] = []
    /// The actions before: `stop` puts them back (the crash guard's handlers, or the defaults).
    private var previousActions: [(Int32, sigaction)] = []
    private let lock = PthreadLock()
    private var received: Int32?

    init?(kiosk: Bool = false) {
        watching = kiosk ? Self.watched.filter { !Self.ignoredInKiosk.contains($0) } : Self.watched
        ignoring = kiosk ? Self.ignoredInKiosk : []
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        readDescriptor = fds[0]
        writeDescriptor = fds[1]
        _ = fcntl(readDescriptor, F_SETFL, fcntl(readDescriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(readDescriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeDescriptor, F_SETFD, FD_CLOEXEC)
        for number in ignoring + watching {
            var previous = sigaction()
            sigaction(number, nil, &previous)
            previousActions.append((number, previous))
        }
        for number in ignoring { Glibc.signal(number, SIG_IGN) }
        for number in watching {
            Glibc.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.deliver(number) }
            source.resume()
            sources.append(source)
        }
    }

    /// The first signal received, if any.
    var signal: Int32? {
        lock.locked { received }
    }

    private func deliver(_ number: Int32) {
        lock.locked { if received == nil { received = number } }
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }

    /// Stops watching and restores the actions there were before.
    func stop() {
        for source in sources { source.cancel() }
        sources.removeAll()
        for (number, var previous) in previousActions { sigaction(number, &previous, nil) }
        previousActions.removeAll()
        close(readDescriptor)
        close(writeDescriptor)
    }
}
