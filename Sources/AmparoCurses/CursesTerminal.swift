import AmparoUI
import CNcursesw
import Glibc

/// A `Terminal` on ncursesw: copies changed cells of the in-memory screen with
/// wide-character calls, reads keys with `get_wch`, and restores the terminal on
/// every way out (`close()`, which the run loop calls on quit, end of input,
/// signals and errors).
public final class CursesTerminal: Terminal {
    /// The colours and attributes in use.
    public let theme: Theme
    /// Kiosk mode: raw input (Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-D are ordinary, ignored keys) and
    /// SIGINT, SIGQUIT and SIGTSTP ignored; SIGTERM and SIGHUP still restore and end.
    public let isKiosk: Bool
    /// The signal that ended input (SIGINT, SIGTERM or SIGHUP), if one did.
    public var receivedSignal: Int32? { signals?.signal }

    private let screenPointer: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// The window keys are read from.
    var cursesWindow: UnsafeMutablePointer<WINDOW> { window }
    /// The pipe that becomes readable when a signal arrives.
    var signalDescriptor: Int32? { signals?.readDescriptor }
    private var shown: Screen?
    private var closed = false
    private let signals: SignalWatcher?
    private var attributeCache: [Style: (attr_t, Int16)] = [:]

    /// Starts curses on the controlling terminal, or says why it cannot.
    public static func start(environment: [String: String], kiosk: Bool = false) throws(CursesStartFailure)
        -> CursesTerminal
    {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" { throw .unsupportedTerminal(term) }
        if setlocale(LC_ALL, "") == nil { setlocale(LC_ALL, "C.UTF-8") }
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input) else { throw .unsupportedTerminal(term) }
        set_term(screen)
        if tigetstr("cup").map({ Int(bitPattern: $0) <= 0 }) ?? true {
            endwin()
            delscreen(screen)
            throw .unsupportedTerminal(term)
        }
        return CursesTerminal(screen: screen, environment: environment, kiosk: kiosk)
    }

    private init(screen: OpaquePointer, environment: [String: String], kiosk: Bool) {
        screenPointer = screen
        window = amparo_stdscr()!
        isKiosk = kiosk
        signals = SignalWatcher(kiosk: kiosk)
        if kiosk { raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        let mask = amparo_button1_pressed() | amparo_button1_released() | amparo_button1_clicked()
            | amparo_button4_pressed() | amparo_button5_pressed()
        mousemask(mask, nil)
        mouseinterval(0)
        let colors = has_colors()
        theme = Theme.choose(terminalHasColors: colors, environment: environment)
        if colors && theme.name != Theme.monochrome.name {
            start_color()
            use_default_colors()
        }
    }

    deinit { close() }

    public var width: Int { Int(amparo_cols()) }
    public var height: Int { Int(amparo_lines()) }

    /// Restores the terminal: attributes off, cursor on, echo and canonical mode
    /// back, the main screen back. Safe to call more than once.
    public func close() {
        guard !closed else { return }
        closed = true
        wattrset(window, 0)
        curs_set(1)
        mousemask(0, nil)
        endwin()
        delscreen(screenPointer)
        signals?.stop()
    }

    public func present(_ screen: Screen) {
        guard !closed else { return }
        let runs = screen.changes(from: shown)
        if shown == nil || shown?.width != screen.width || shown?.height != screen.height {
            werase(window)
        }
        var character = cchar_t()
        for run in runs {
            var x = run.x
            for cell in run.cells {
                defer { x += 1 }
                if cell.isContinuation { continue }
                let (attributes, pair) = attributes(for: cell.style)
                var wide = Array(cell.grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                if setcchar(&character, wide, attributes, pair, nil) == amparo_err() {
                    setcchar(&character, [wchar_t(0x3F), 0], attributes, pair, nil)
                }
                mvwadd_wch(window, Int32(run.y), Int32(x), &character)
            }
        }
        shown = screen
        wrefresh(window)
    }

    /// Blanks the screen, then erases the display and the scrollback (`TerminalWipe`: CSI H,
    /// CSI 2 J, CSI 3 J) straight on the terminal; the next `present` redraws everything.
    public func clearScrollback() {
        guard !closed else { return }
        werase(window)
        wrefresh(window)
        var bytes = TerminalWipe.bytes
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
        invalidate()
    }

    /// Forgets what is on screen, so the next `present` redraws everything.
    public func invalidate() {
        shown = nil
        clearok(window, true)
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        if let cached = attributeCache[style] { return cached }
        let wanted = theme.attributes(for: style)
        var bits: attr_t = 0
        if wanted.bold { bits |= amparo_a_bold() }
        if wanted.underline { bits |= amparo_a_underline() }
        if wanted.reverse { bits |= amparo_a_reverse() }
        var pair: Int16 = 0
        if wanted.usesColor && has_colors() && theme.name != Theme.monochrome.name {
            pair = Int16(style.rawValue) + 1
            init_pair(pair, wanted.foreground?.rawValue ?? -1, wanted.background?.rawValue ?? -1)
        }
        attributeCache[style] = (bits, pair)
        return (bits, pair)
    }
}
