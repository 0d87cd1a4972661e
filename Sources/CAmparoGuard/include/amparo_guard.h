#ifndef AMPARO_GUARD_H
#define AMPARO_GUARD_H

/// Turns core dumps off (RLIMIT_CORE 0, PR_SET_DUMPABLE 0) and installs Amparo's own handlers
/// for the fatal signals (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGQUIT, SIGSYS)
/// and the stray ones that would otherwise kill the program with the terminal raw (SIGPIPE,
/// SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGXCPU, SIGXFSZ, SIGTERM, SIGHUP). They replace the
/// Swift runtime's backtracer, which would draw over the screen and offer an interactive prompt.
/// A handler restores the terminal given to `amparo_guard_terminal` (if any), clears its screen
/// and scrollback, and ends the process by the signal. Returns 0, or -1 when a step failed.
int amparo_guard_install(void);

/// From now on a signal above also restores `fd`'s terminal settings as they are now, leaves
/// the alternate screen, turns the mouse off, shows the cursor and clears the screen and the
/// scrollback. `fd` must be a terminal; call before the terminal is changed.
void amparo_guard_terminal(int fd);

/// Restores and clears the terminal now, as a signal would (for the graceful ways out after a
/// signal). Does nothing without `amparo_guard_terminal`.
void amparo_guard_restore_terminal(void);

/// Whether core dumps are off for this process: RLIMIT_CORE is 0 and it is not dumpable.
int amparo_guard_core_dumps_off(void);

#endif
