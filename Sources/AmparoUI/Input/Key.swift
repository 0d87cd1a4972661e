/// A key event, independent of the terminal library that read it.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, `?`, space).
    case character(Character)
    case up, down, left, right
    case enter, backspace, delete, tab, escape
    case pageUp, pageDown, home, end
    /// A function key, F1 = `function(1)`.
    case function(Int)
    /// A click (or touch) at column `x`, row `y`, zero-based.
    case click(x: Int, y: Int)
    /// The mouse wheel, one notch up or down.
    case wheelUp, wheelDown
    /// The window changed size.
    case resize
    /// Input ended (the terminal closed, or stdin reached its end).
    case endOfInput
}
