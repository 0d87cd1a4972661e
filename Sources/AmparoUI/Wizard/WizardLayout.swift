/// What drawing a frame measured, kept for the next event: the body's size (a page scroll
/// moves by a body's height) and what is clickable where. `WizardView.render` reports it in a
/// `WizardFrame`; the runtime applies that frame to the state as `.drawn` once it is shown.
struct WizardLayout: Sendable {
    /// The body's size in cells.
    var bodySize = (width: 78, height: 8)
    /// What a click at each place of the last frame means.
    var regions: [HitRegion] = []
    /// The terminal's size when the frame was drawn (for reading the screen aloud).
    var screenSize = (width: 80, height: 24)
}
