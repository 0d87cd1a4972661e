import AmparoCore
/// What a screen smaller than the minimum shows: a short, centred request.
public enum EnlargeView {
    /// Draws `message` and `detail` centred on the whole screen.
    public static func draw(message: String, detail: String, on screen: inout Screen) {
        guard screen.width > 0, screen.height > 0 else { return }
        var lines = LineWrapper.wrap(message, width: screen.width).map { ($0, Style.title) }
        lines += LineWrapper.wrap(detail, width: screen.width).map { ($0, Style.normal) }
        let top = max((screen.height - lines.count) / 2, 0)
        for (index, (text, style)) in lines.enumerated() where top + index < screen.height {
            let x = max((screen.width - DisplayWidth.of(text)) / 2, 0)
            screen.put(text, x: x, y: top + index, style: style)
        }
    }
}
