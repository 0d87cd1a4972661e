import AmparoCore

/// The kiosk's part of the wizard's state: timers, the overlay shown, and what is typed into
/// its prompts. Everything here is in memory and replaced by a wipe (except the staff exit's
/// lockout, which a wipe must not reset: see `WizardState.wipe`).
struct KioskState: Sendable {
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

    init(config: KioskConfig) {
        idle = IdleTimer(config: config)
        staff = StaffExit(pin: config.staffPin)
    }
}
