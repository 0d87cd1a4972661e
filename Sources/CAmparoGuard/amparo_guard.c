// Signal handlers must call only async-signal-safe functions (write, tcsetattr, sigaction,
// raise, _exit) and touch only memory prepared in advance; C says exactly what runs, which Swift
// code (retains, runtime calls) cannot promise. Hence this small file.
#define _GNU_SOURCE
#include "amparo_guard.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>

static const int guarded_signals[] = {
    SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGQUIT, SIGSYS,
    SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGXCPU, SIGXFSZ, SIGTERM, SIGHUP,
};

// Leave the alternate screen, mouse and bracketed paste off, normal cursor keys and keypad,
// attributes off, cursor shown; then home, erase the display and the scrollback.
static const char reset_sequence[] =
    "\033[?1049l\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[?1015l\033[?2004l"
    "\033[?1l\033>\033[0m\033[?25h\033[H\033[2J\033[3J";

static volatile int terminal_fd = -1;
static struct termios saved_settings;
static volatile int have_settings = 0;
static volatile sig_atomic_t restoring = 0;

static void write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t written = write(fd, bytes, count);
        if (written <= 0) return;
        bytes += written;
        count -= (size_t)written;
    }
}

void amparo_guard_restore_terminal(void) {
    int fd = terminal_fd;
    if (fd < 0 || restoring) return;
    restoring = 1;
    if (have_settings) tcsetattr(fd, TCSANOW, &saved_settings);
    write_all(fd, reset_sequence, sizeof reset_sequence - 1);
    restoring = 0;
}

static void handle(int number) {
    amparo_guard_restore_terminal();
    // End the way the signal asks (core dumps are off), so the parent sees which one it was.
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(number, &action, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, number);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(number);
    _exit(128 + number);
}

int amparo_guard_install(void) {
    int result = 0;
    struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) result = -1;
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) result = -1;
    // A stack overflow faults on the guard page: the handler needs a stack of its own.
    static char *alternate = NULL;
    size_t size = 64 * 1024;
    if (alternate == NULL) alternate = malloc(size);
    if (alternate != NULL) {
        stack_t stack = {.ss_sp = alternate, .ss_size = size, .ss_flags = 0};
        if (sigaltstack(&stack, NULL) != 0) result = -1;
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handle;
    sigfillset(&action.sa_mask);
    action.sa_flags = SA_ONSTACK;
    for (size_t index = 0; index < sizeof guarded_signals / sizeof guarded_signals[0]; index++) {
        if (sigaction(guarded_signals[index], &action, NULL) != 0) result = -1;
    }
    return result;
}

void amparo_guard_terminal(int fd) {
    if (!isatty(fd)) return;
    if (tcgetattr(fd, &saved_settings) == 0) have_settings = 1;
    terminal_fd = fd;
}

int amparo_guard_core_dumps_off(void) {
    struct rlimit limit;
    if (getrlimit(RLIMIT_CORE, &limit) != 0) return 0;
    return limit.rlim_cur == 0 && limit.rlim_max == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}
