import AmparoCore
/// The kiosk's part of the app's state: timers, the overlay shown, and what the run loop
/// must do to the terminal next. Everything here is in memory and dropped by a wipe.
struct KioskRuntime {
    /// The idle clock (runs in kiosk mode only).
    var idle: IdleTimer
    /// The staff key sequence and PIN prompt.
    var staff: StaffExit
    /// What is drawn over the page, if anything.
    var overlay: KioskOverlay?
    /// The seconds left on the "are you still there?" countdown, while it shows.
    var countdown: Int?
    /// How far the urgent screen is scrolled.
    var urgentOffset = 0
    /// A one-line result on the take-away screen (printed, saved, no printer).
    var status: String?
    /// The file name being typed in the volunteer's save prompt; nil when the prompt is shut.
    var savePath: String?
    /// Set by a wipe: the run loop clears the terminal's screen and scrollback.
    var terminalWipePending = false
    /// The size last drawn, for reading the screen aloud.
    var lastSize = (width: 80, height: 24)

    init(config: KioskConfig) {
        idle = IdleTimer(config: config)
        staff = StaffExit(pin: config.staffPin)
    }
}
