import CAmparoGuard

/// What a crash or a stray signal may reveal: nothing. Core dumps are off, and Amparo's own
/// signal handlers (in C, `CAmparoGuard`: a handler may only call async-signal-safe functions)
/// replace the Swift runtime's backtracer, which on a crash draws over the person's screen and
/// offers an interactive prompt that can dump the heap.
///
/// Overriding the handlers is what works: `SWIFT_BACKTRACE=enable=no` is read by the runtime
/// before `main`, so setting it from the program is too late, and re-executing the program to
/// set it would not cover a copy started without it. Handlers installed from `main` replace the
/// runtime's for every signal the backtracer takes (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
/// SIGTRAP, SIGQUIT), whatever `SWIFT_BACKTRACE` says.
public enum ProcessGuard {
    /// Turns core dumps off and installs the handlers (see `amparo_guard.h`); first thing in
    /// `main`. False when a step failed (the rest is still done).
    @discardableResult
    public static func install() -> Bool {
        amparo_guard_install() == 0
    }

    /// From now on a fatal or stray signal also restores the terminal on `descriptor` to its
    /// settings of now, leaves the alternate screen and clears the screen and the scrollback,
    /// so the guidance is not left showing. Call before the terminal is changed; a descriptor
    /// that is not a terminal is left alone.
    public static func guardTerminal(_ descriptor: Int32) {
        amparo_guard_terminal(descriptor)
    }

    /// Restores and clears the guarded terminal now, as a signal would: for the ways out that
    /// end on a signal after the program's own clean-up.
    public static func restoreTerminal() {
        amparo_guard_restore_terminal()
    }

    /// Whether core dumps are off: RLIMIT_CORE is 0 and the process is not dumpable.
    public static var coreDumpsAreOff: Bool {
        amparo_guard_core_dumps_off() != 0
    }
}
