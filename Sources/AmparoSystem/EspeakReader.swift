import AmparoCore
import AmparoUI

/// Reads text aloud with espeak-ng, one utterance at a time: starting a new one (or a wipe)
/// stops the one before. The text goes to espeak-ng's standard input, never its arguments, so
/// it does not show in the process list.
public final class EspeakReader: @unchecked Sendable {
    private var current: ChildProcess?
    /// espeak-ng's absolute path.
    public let program: String

    /// A reader with nothing playing, running espeak-ng from `program` (an absolute path).
    public init(program: String = KioskPrograms().espeakNG) {
        self.program = program
    }

    /// Starts reading `text` with `voice`; false when espeak-ng could not be started.
    @discardableResult
    public func speak(_ text: String, voice: String) -> Bool {
        stop()
        current = ChildProcess.start(
            [program, "-v", voice, "--stdin"], input: Array(text.utf8), captureOutput: false)
        return current != nil
    }

    /// Writes the speech to a WAV file instead of the speakers, and waits for it; the exit
    /// status (0 on success), or nil when espeak-ng could not be started.
    public func render(_ text: String, voice: String, toWAV path: String) -> Int32? {
        ChildProcess.start(
            [program, "-v", voice, "-w", path, "--stdin"], input: Array(text.utf8),
            captureOutput: false)?.wait()
    }

    /// Stops whatever is being read.
    public func stop() {
        if let current, !current.hasEnded() { current.stop() }
        current = nil
    }
}
