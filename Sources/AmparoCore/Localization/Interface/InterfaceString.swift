/// Every string the interface (curses screens, plain mode, kiosk) shows that does not come from
/// a flow. Each case's raw value is its stable text key (`ui.…`), used as the gettext `msgctxt`.
///
/// The English text and the translator note of each case live in one table,
/// `InterfaceString+Table.swift`; the compiler makes sure every case has both. To add a string,
/// add a case here and a row there, then run `amparo translations extract`.
///
/// Look a string up through a ``Localizer``: `localizer.string(.back)` or
/// `localizer.localize(.questionProgress, 3, 7)`.
public enum InterfaceString: String, CaseIterable, Sendable {
    // The program
    case appName = "ui.app.name"
    case appTagline = "ui.app.tagline"
    case privacyPromise = "ui.app.privacy"

    // Language picker
    case languagePickerTitle = "ui.language.title"
    case languagePickerHelp = "ui.language.help"

    // Flow picker
    case flowPickerTitle = "ui.flow.title"
    case flowPickerHelp = "ui.flow.help"

    // Questions
    case questionProgress = "ui.question.progress"
    case questionChooseOne = "ui.question.choose-one"
    case questionChooseMany = "ui.question.choose-many"
    case answerUnsure = "ui.answer.unsure"

    // Buttons and actions (also used in key hints)
    case back = "ui.action.back"
    case next = "ui.action.next"
    case restart = "ui.action.restart"
    case quit = "ui.action.quit"
    case help = "ui.action.help"
    case changeLanguage = "ui.action.language"
    case scroll = "ui.action.scroll"
    case select = "ui.action.select"
    case toggle = "ui.action.toggle"
    case continueAction = "ui.action.continue"
    case close = "ui.action.close"

    // Key names shown in hints
    case keyEnter = "ui.key.enter"
    case keySpace = "ui.key.space"
    case keyEscape = "ui.key.escape"
    case keyArrows = "ui.key.arrows"
    case keyHintFormat = "ui.key.hint"

    // Help screen
    case helpTitle = "ui.help.title"
    case helpIntro = "ui.help.intro"
    case helpMove = "ui.help.move"
    case helpSelect = "ui.help.select"
    case helpToggle = "ui.help.toggle"
    case helpBack = "ui.help.back"
    case helpRestart = "ui.help.restart"
    case helpLanguage = "ui.help.language"
    case helpScroll = "ui.help.scroll"
    case helpUrgent = "ui.help.urgent"
    case helpQuickExit = "ui.help.quick-exit"
    case helpQuit = "ui.help.quit"
    case helpPrivacy = "ui.help.privacy"
    case helpClose = "ui.help.close"

    // Outcome and guidance cards
    case outcomeTitle = "ui.outcome.title"
    case cardSay = "ui.card.say"
    case cardSources = "ui.card.sources"
    case cardChecked = "ui.card.checked"
    case cardContested = "ui.card.contested"
    case cardContacts = "ui.card.contacts"
    case cardUrgent = "ui.card.urgent"
    case contactPhone = "ui.card.contact.phone"
    case contactWebsite = "ui.card.contact.website"
    case contactHours = "ui.card.contact.hours"
    case outcomeEnd = "ui.outcome.end"
    case outcomeDoNow = "ui.outcome.do-now"
    case quitConfirm = "ui.quit.confirm"
    case unsureClearsOthers = "ui.unsure.clears"
    case helpQuickExitStandard = "ui.help.quick-exit-leave"
    case outcomeCall = "ui.outcome.call"
    case cardSayEnglish = "ui.card.say-english"
    case cardSourceLine = "ui.card.source-line"
    case sourcesAction = "ui.sources.action"
    case sourcesTitle = "ui.sources.title"
    case helpSources = "ui.help.sources"
    case helpTakeAway = "ui.help.take-away"
    case helpReadAloud = "ui.help.read-aloud"
    case disclaimerLead = "ui.disclaimer.lead"
    case disclaimerDetail = "ui.disclaimer.detail"

    // Notices about the translation
    case noticeStale = "ui.notice.stale"
    case noticeMissing = "ui.notice.missing"
    case translationStatusTitle = "ui.status.title"
    case translationStatusMachine = "ui.status.machine-drafted"
    case translationStatusVolunteer = "ui.status.volunteer-translated"
    case translationStatusReviewed = "ui.status.legal-reviewed"
    case translationStatusUnknown = "ui.status.unknown"
    case translationStatusEnglish = "ui.status.source"

    // Notice about the attorney review
    case attorneyReviewNone = "ui.review.none"

    // Screen size
    case enlargeWindow = "ui.screen.enlarge"
    case enlargeWindowDetail = "ui.screen.enlarge-detail"

    // Plain line mode
    case plainPrompt = "ui.plain.prompt"
    case plainPromptMultiple = "ui.plain.prompt-multiple"
    case plainPromptContinue = "ui.plain.prompt-continue"
    case plainPromptLanguage = "ui.plain.prompt-language"
    case plainPromptFlow = "ui.plain.prompt-flow"
    case plainInvalidNumber = "ui.plain.invalid-number"
    case plainInvalidInput = "ui.plain.invalid-input"
    case plainNoneChecked = "ui.plain.none-checked"
    case plainChecked = "ui.plain.checked"
    case plainGoodbye = "ui.plain.goodbye"

    // Kiosk mode
    case urgentAction = "ui.kiosk.urgent"
    case urgentTitle = "ui.kiosk.urgent-title"
    case quickExit = "ui.kiosk.quick-exit"
    case idleTitle = "ui.kiosk.idle-title"
    case idleCountdown = "ui.kiosk.idle-countdown"
    case idleContinue = "ui.kiosk.idle-continue"
    case screenCleared = "ui.kiosk.cleared"

    // Volunteer view
    case volunteerView = "ui.volunteer.view"
    case volunteerNote = "ui.volunteer.note"

    // Kiosk, urgent screen, take-away and read aloud (added with the kiosk)
    case finishAction = "ui.kiosk.finish"
    case staffPrompt = "ui.kiosk.staff-pin"
    case staffWrong = "ui.kiosk.staff-wrong"
    case staffLocked = "ui.kiosk.staff-locked"
    case urgentSilent = "ui.urgent.silent"
    case urgentDoor = "ui.urgent.door"
    case urgentSign = "ui.urgent.sign"
    case urgentLawyer = "ui.urgent.lawyer"
    case urgentCall = "ui.urgent.call"
    case urgentBack = "ui.urgent.back"
    case takeAwayAction = "ui.takeaway.action"
    case takeAwayTitle = "ui.takeaway.title"
    case takeAwayScan = "ui.takeaway.scan"
    case takeAwayTooSmall = "ui.takeaway.too-small"
    case takeAwayHolds = "ui.takeaway.holds"
    case takeAwayHoldsPart = "ui.takeaway.holds-part"
    case takeAwayPrint = "ui.takeaway.print"
    case takeAwayPrinted = "ui.takeaway.printed"
    case takeAwayNoPrinter = "ui.takeaway.no-printer"
    case takeAwayPrintFailed = "ui.takeaway.print-failed"
    case takeAwaySave = "ui.takeaway.save"
    case takeAwaySavePrompt = "ui.takeaway.save-prompt"
    case takeAwaySaved = "ui.takeaway.saved"
    case takeAwaySaveExists = "ui.takeaway.save-exists"
    case takeAwaySaveFailed = "ui.takeaway.save-failed"
    case takeAwaySummary = "ui.takeaway.summary"
    case agentCardHeading = "ui.card.agent-heading"
    case readAloudAction = "ui.read.action"
    case readAloudNoVoice = "ui.read.no-voice"
    case readAloudUnavailable = "ui.read.unavailable"
    case readAloudNoSound = "ui.read.no-sound"
    case volunteerStale = "ui.volunteer.stale"
    case siteHeading = "ui.site.heading"
    case siteChecked = "ui.site.checked"

    // Errors shown to the person
    case contentError = "ui.error.content"
    case noFlows = "ui.error.no-flows"

    /// The stable text key (`ui.…`), used as the gettext `msgctxt`.
    public var key: String { rawValue }

    /// Looks a string up by its key, for example `"ui.action.back"`.
    public init?(key: String) { self.init(rawValue: key) }
}
