/// A QR code's modules: a square of `size` × `size`, `true` for a dark module, without the
/// quiet zone (the renderers add it).
public struct QRMatrix: Equatable, Sendable {
    /// Modules per side.
    public let size: Int
    /// Row-major, `size * size` entries.
    public let modules: [Bool]

    /// A matrix from row-major modules (`modules.count == size * size`).
    public init(size: Int, modules: [Bool]) {
        precondition(modules.count == size * size, "a QR matrix must be square")
        self.size = size
        self.modules = modules
    }

    /// Whether the module at (`x`, `y`) is dark; false outside the matrix (the quiet zone).
    public func isDark(x: Int, y: Int) -> Bool {
        guard (0..<size).contains(x), (0..<size).contains(y) else { return false }
        return modules[y * size + x]
    }

    /// A binary PGM (P5) image of the code, `scale` pixels per module, with a `quietZone` of
    /// light modules all round: dark modules are black (0), light ones white (255).
    public func pgm(scale: Int = 4, quietZone: Int = 4) -> [UInt8] {
        let side = (size + 2 * quietZone) * scale
        var image = Array("P5\n\(side) \(side)\n255\n".utf8)
        image.reserveCapacity(image.count + side * side)
        for pixelY in 0..<side {
            for pixelX in 0..<side {
                let dark = isDark(x: pixelX / scale - quietZone, y: pixelY / scale - quietZone)
                image.append(dark ? 0 : 255)
            }
        }
        return image
    }
}
