import Foundation
import Testing
@testable import AmparoUI

/// Every role of the colour theme is readable on a light and on a dark terminal background.
///
/// The terminal's own background is unknown (xterm's is white; most others are dark), so a
/// colour on the terminal's own ground can vanish: xterm's cyan on white is 1.6:1, its green
/// 1.8:1. The checks use xterm's default palette, the one the issue measured.
@Suite struct ThemeContrastTests {
    /// xterm's eight default colours (its `XTerm*color0-7` resources).
    static let xterm: [TerminalColor: (Double, Double, Double)] = [
        .black: (0x00, 0x00, 0x00), .red: (0xcd, 0x00, 0x00), .green: (0x00, 0xcd, 0x00),
        .yellow: (0xcd, 0xcd, 0x00), .blue: (0x00, 0x00, 0xee), .magenta: (0xcd, 0x00, 0xcd),
        .cyan: (0x00, 0xcd, 0xcd), .white: (0xe5, 0xe5, 0xe5),
    ]

    /// WCAG 2 relative luminance of an sRGB colour.
    static func luminance(_ rgb: (Double, Double, Double)) -> Double {
        func channel(_ value: Double) -> Double {
            let c = value / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(rgb.0) + 0.7152 * channel(rgb.1) + 0.0722 * channel(rgb.2)
    }

    static func contrast(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func theContrastFormulaMatchesKnownFigures() {
        #expect(abs(Self.contrast((0, 0, 0), (255, 255, 255)) - 21) < 0.01)
        // The complaint: xterm's cyan on its white background.
        #expect(Self.contrast(Self.xterm[.cyan]!, (255, 255, 255)) < 2)
    }

    @Test func noRoleSetsALetterColourOnTheTerminalsOwnBackground() {
        for style in Style.allCases {
            let attributes = Theme.highContrast.attributes(for: style)
            if attributes.foreground != nil {
                #expect(attributes.background != nil, "\(style) colours its letters on an unknown background")
            }
        }
    }

    @Test func everyColourPairReadsAtLeastFourAndAHalfToOne() {
        for style in Style.allCases {
            let attributes = Theme.highContrast.attributes(for: style)
            guard let background = attributes.background else { continue }
            // A pair with no letter colour uses the terminal's: check both a light and a dark one.
            let terminalOwn: [(Double, Double, Double)] = [(255, 255, 255), (0, 0, 0)]
            let letters: [(Double, Double, Double)] = attributes.foreground.map { [Self.xterm[$0]!] } ?? terminalOwn
            for letter in letters {
                let ratio = Self.contrast(letter, Self.xterm[background]!)
                #expect(ratio >= 4.5, "\(style): \(ratio):1")
            }
        }
    }

    @Test func onlyTheSelectedAnswerLooksSelected() {
        let selected = Theme.highContrast.attributes(for: .selected)
        for style in Style.allCases where style != .selected {
            let attributes = Theme.highContrast.attributes(for: style)
            #expect(attributes != selected, "\(style) looks like the selection")
            if let background = attributes.background {
                #expect(background != selected.background, "\(style) uses the selection bar's colour")
            }
        }
        let monochrome = Theme.monochrome.attributes(for: .selected)
        for style in Style.allCases where style != .selected {
            #expect(Theme.monochrome.attributes(for: style) != monochrome, "\(style) looks like the selection")
        }
    }

    @Test func noticesAndScriptsStandOutFromBodyText() {
        for theme in [Theme.highContrast, .monochrome] {
            let body = theme.attributes(for: .normal)
            #expect(theme.attributes(for: .notice) != body)
            #expect(theme.attributes(for: .say) != body)
            #expect(theme.attributes(for: .notice) != theme.attributes(for: .title))
        }
    }
}
