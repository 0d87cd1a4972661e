import AmparoCore

/// The plain line mode: numbered choices one per line, answers read one line at a time, no
/// escape codes. Works through pipes and with screen readers ("Question 2 of about 5", short
/// lines, one item per line).
///
/// Screens: the language (unless `--lang`), the situation (unless `--flow`), the questions,
/// then the outcome's cards in full with their sources and as-of dates. `b` goes back,
/// `r` starts over, `q` leaves; end of input leaves too. Nothing is written anywhere but the
/// output, and nothing reaches it that could drive a terminal (``TerminalSafeText``).
public struct PlainFront<Reader: LineReader> {
    /// What is on screen.
    enum Screen {
        case language
        case flowPicker
        case walking(Session)
    }

    let configuration: AppConfiguration
    let fixedFlow: Flow?
    var reader: Reader
    let output: (String) -> Void
    /// The width lines wrap to, in cells; `nil` leaves each paragraph on one line.
    let width: Int?
    var strings: Strings
    var screen: Screen = .language
    /// The language whose translation status was last told (once per session: a restart
    /// forgets it).
    var statusToldFor: String?
    /// Whether "a lawyer has not yet checked this guidance" was said (once per session).
    var reviewTold = false

    /// Creates the front. `flowID` (from `--flow`) skips the situation picker; it must name one
    /// of the configuration's flows (see ``flow(id:in:)``).
    public init(configuration: AppConfiguration, flowID: String? = nil, reader: Reader, width: Int? = 72,
                output: @escaping (String) -> Void) {
        self.configuration = configuration
        fixedFlow = flowID.flatMap { id in configuration.flows.first { $0.id == id } }
        self.reader = reader
        self.width = width.map { max(20, $0) }
        // Every line passes through the one terminal-safe filter (content was checked when it
        // was loaded; this is the second line of defence).
        self.output = { output(TerminalSafeText.sanitize($0)) }
        strings = configuration.fixedLanguage.map(configuration.strings) ?? .english
    }

    /// Checks a `--flow` id: `nil` when it names a flow, else a message listing the ids.
    public static func problem(withFlowID id: String, in configuration: AppConfiguration) -> String? {
        let ids = configuration.flows.map(\.id)
        guard !ids.contains(id) else { return nil }
        let suggestion = EditDistance.suggestion(for: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
        return "no flow '\(id)'\(suggestion); flows: " + ids.joined(separator: ", ")
    }

    /// Runs until the person quits or the input ends.
    public mutating func run() {
        if configuration.flows.isEmpty {
            say(strings(.noFlows))
            return
        }
        screen = firstScreen()
        while true {
            show()
            guard let next = ask() else {
                blank()
                say(strings(.plainGoodbye))
                return
            }
            screen = next
        }
    }

    /// Where a fresh start begins: the language picker, the flow picker, or the first question.
    func firstScreen() -> Screen {
        if configuration.fixedLanguage == nil { return .language }
        if let fixedFlow { return .walking(Session(flow: fixedFlow)) }
        return .flowPicker
    }

    /// Reads lines until one moves to another screen; `nil` to leave (`q` or end of input).
    mutating func ask() -> Screen? {
        while let line = reader.nextLine() {
            let command = PlainCommand(line)
            switch command {
            case .quit:
                return nil
            case .restart:
                if configuration.fixedLanguage == nil { strings = .english }
                statusToldFor = nil
                return firstScreen()
            case .back:
                return screenBefore()
            case .urgent:
                showUrgent()
                prompt()
            default:
                if let next = handle(command) { return next }
            }
        }
        return nil
    }

    /// The screen `b` leads to.
    func screenBefore() -> Screen {
        switch screen {
        case .language:
            return .language
        case .flowPicker:
            return configuration.fixedLanguage == nil ? .language : .flowPicker
        case .walking(var session):
            if session.back() { return .walking(session) }
            if fixedFlow == nil { return .flowPicker }
            return configuration.fixedLanguage == nil ? .language : .walking(session)
        }
    }

    /// Acts on a number or Enter; `nil` (after saying why) when the input does not fit.
    mutating func handle(_ command: PlainCommand) -> Screen? {
        switch screen {
        case .language:
            guard let index = single(command, count: configuration.languages.count) else { return nil }
            strings = configuration.strings(configuration.languages[index].tag)
            if let fixedFlow { return .walking(Session(flow: fixedFlow)) }
            return .flowPicker
        case .flowPicker:
            guard let index = single(command, count: configuration.flows.count) else { return nil }
            return .walking(Session(flow: configuration.flows[index]))
        case .walking(let session):
            return handle(command, in: session)
        }
    }

    /// The 0-based choice of a one-number answer, or `nil` after saying what is wrong.
    mutating func single(_ command: PlainCommand, count: Int) -> Int? {
        guard case .numbers(let numbers) = command, numbers.count == 1, count > 0,
              (1...count).contains(numbers[0]) else {
            reject(command, count: count)
            return nil
        }
        return numbers[0] - 1
    }

    /// Says why input was refused and repeats the prompt.
    mutating func reject(_ command: PlainCommand, count: Int) {
        switch command {
        case .enter where isMultipleChoice:
            say(strings(.plainNoneChecked))
        case .numbers(let numbers) where numbers.count == 1 && count > 0:
            say(strings(.plainInvalidNumber, .number(count)))
        case .enter where count > 0:
            say(strings(.plainInvalidNumber, .number(count)))
        default:
            say(strings(.plainInvalidInput))
        }
        prompt()
    }

    var isMultipleChoice: Bool {
        guard case .walking(let session) = screen else { return false }
        switch session.currentStep?.kind.behaviour {
        case .chooseMany?: return true
        case .chooseOne?, .read?, .showCards?, nil: return false
        }
    }
}
