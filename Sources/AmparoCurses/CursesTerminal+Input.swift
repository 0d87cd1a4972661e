import AmparoUI
import CNcursesw
import Glibc

extension CursesTerminal {
    /// Waits for a key. A signal or the end of input returns `.endOfInput`.
    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        let deadline = timeoutMilliseconds.map { Self.milliseconds() + $0 }
        var emptyReads = 0
        while true {
            // Keys ncurses already buffered come first: poll cannot see them.
            switch readCurses(waitMilliseconds: 0) {
            case .key(let key): return key
            case .ignored: continue
            case .nothing: break
            }
            let remaining = deadline.map { max($0 - Self.milliseconds(), 0) } ?? -1
            var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            if let watcher = signalDescriptor {
                descriptors.append(pollfd(fd: watcher, events: Int16(POLLIN), revents: 0))
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(remaining))
            if receivedSignal != nil { return .endOfInput }
            if ready < 0 && errno != EINTR { return .endOfInput }
            if ready == 0 { return nil }
            let input = descriptors[0].revents
            if input & Int16(POLLIN) == 0 {
                if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .endOfInput }
                continue
            }
            switch readCurses(waitMilliseconds: 50) {
            case .key(let key): return key
            case .ignored: continue
            case .nothing:
                // Readable, yet nothing comes: the terminal is gone.
                emptyReads += 1
                if emptyReads >= 3 { return .endOfInput }
            }
        }
    }

    private enum ReadResult {
        case nothing
        case ignored
        case key(Key)
    }

    private func readCurses(waitMilliseconds: Int32) -> ReadResult {
        wtimeout(cursesWindow, waitMilliseconds)
        var value: wint_t = 0
        let status = wget_wch(cursesWindow, &value)
        if status == amparo_err() { return .nothing }
        let key = status == amparo_key_code_yes() ? functionKey(Int32(value)) : characterKey(UInt32(value))
        return key.map { ReadResult.key($0) } ?? .ignored
    }

    private static func milliseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1000 + time.tv_nsec / 1_000_000
    }

    private func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 9: return .tab
        case 27: return .escape
        case 4: return isKiosk ? nil : .endOfInput   // Ctrl-D (nothing in kiosk mode)
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case amparo_key_resize():
            invalidate()
            return .resize
        case amparo_key_mouse(): return mouseKey()
        case (KEY_F0 + 1)...(KEY_F0 + 12): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    private func mouseKey() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == amparo_ok() else { return nil }
        if event.bstate & amparo_button4_pressed() != 0 { return .wheelUp }
        if event.bstate & amparo_button5_pressed() != 0 { return .wheelDown }
        // A touch or click sends press then release; act once, on the press (or a click).
        if event.bstate & (amparo_button1_pressed() | amparo_button1_clicked()) != 0 {
            return .click(x: Int(event.x), y: Int(event.y))
        }
        return nil
    }
}
