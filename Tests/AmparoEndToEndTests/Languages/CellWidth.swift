/// Terminal cells a captured screen line takes, measured here on its own (not with the program's
/// `DisplayWidth`) so the check does not share the program's mistakes: East Asian Wide and
/// Fullwidth scalars take two cells, combining marks and zero-width scalars none.
enum CellWidth {
    static func of(_ line: String) -> Int {
        line.reduce(0) { total, character in
            let widths = character.unicodeScalars.map(of)
            return total + (widths.first { $0 > 0 } ?? 0)
        }
    }

    private static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0..<0x20, 0x7F..<0xA0, 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F, 0x1160...0x11FF:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
