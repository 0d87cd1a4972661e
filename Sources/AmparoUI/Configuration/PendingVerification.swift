import AmparoCore

/// The second half of a signed content's check, run on another thread once the first screen is
/// out: every content file must be the one the signature lists
/// (``ContentVerifier/verifyFiles(root:signed:known:serially:)``).
///
/// The first half (the signature itself, and the compiled bundle that the first screen is drawn
/// from) is done before anything is shown. This half covers everything else, and nothing of it
/// is used before it passes: the app starts it once its first screen is drawn, and waits for it
/// before it takes the first key, stopping when it fails (the launcher then refuses the content,
/// as when the first half fails); the flows are read only after it passes. So a change to any
/// content file still keeps the kiosk from running, without the first screen waiting for 3 MB
/// of hashing, or sharing the processor with it.
public final class PendingVerification: Sendable {
    /// The content root checked.
    public let root: String
    private let check: BackgroundWork<ContentVerificationFailure?>

    /// A check of the content at `root`, to be run by `check` on another thread from the first
    /// call to ``start()`` (or read of ``failure``); `check` gives the failure, or nil when the
    /// files are the signed ones.
    public init(root: String, _ check: @escaping @Sendable () -> ContentVerificationFailure?) {
        self.root = root
        self.check = BackgroundWork(check)
    }

    /// Starts the check, once; later calls do nothing.
    public func start() { check.start() }

    /// Why the content's files are not the signed ones, or nil when they are; starts the check
    /// if need be, and waits for it to end.
    public var failure: ContentVerificationFailure? { check.value }
}
