import AmparoUI

/// A terminal in memory: scripted keys in, presented screens out.
final class MemoryTerminal: Terminal {
    var width: Int
    var height: Int
    private var keys: [Key]
    private(set) var screens: [Screen] = []

    init(width: Int, height: Int, keys: [Key]) {
        self.width = width
        self.height = height
        self.keys = keys
    }

    func readKey(timeoutMilliseconds: Int?) -> Key? {
        keys.isEmpty ? .endOfInput : keys.removeFirst()
    }

    func present(_ screen: Screen) {
        screens.append(screen)
    }
}
