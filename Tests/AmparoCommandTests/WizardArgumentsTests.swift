import ArgumentParser
import Foundation
import Testing
@testable import amparo

/// A start of the wizard reads its options without swift-argument-parser
/// (`WizardArguments.read(directly:)`); these tests hold the two readers to the same options and
/// the same values.
@Suite("The wizard's options, read directly")
struct WizardArgumentsTests {
    @Test("the direct reader knows exactly the options WizardOptions declares, each with or without a value")
    func sameOptionsAsDeclared() throws {
        let help = try #require(try JSONSerialization.jsonObject(with: Data(WizardCommand._dumpHelp().utf8)) as? [String: Any])
        let command = try #require(help["command"] as? [String: Any])
        let arguments = try #require(command["arguments"] as? [[String: Any]])
        var declared: [String: Bool] = [:]
        for argument in arguments {
            let names = (argument["names"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "long" }
            for name in names.compactMap({ $0["name"] as? String }) where name != "help" {
                declared[name] = argument["kind"] as? String == "option"
            }
        }
        #expect(declared == WizardArguments.directNames)
    }

    @Test("the usual starts are read directly, with the values swift-argument-parser reads")
    func usualStarts() throws {
        let starts: [[String]] = [
            [], ["--kiosk"], ["--lang", "es"], ["--lang=es"], ["--plain", "--flow", "door", "--content", "/srv/amparo"],
            ["--volunteer", "vi", "--site", "Sites/example", "--lang", "zh-Hant"],
        ]
        for start in starts {
            let direct = try #require(WizardArguments.read(directly: start), "\(start)")
            #expect(direct == (try WizardCommand.parse(start)).wizard.arguments, "\(start)")
        }
        #expect(WizardArguments.read(directly: ["--lang", "es", "--kiosk"]) == WizardArguments(kiosk: true, language: "es"))
    }

    @Test("on 5,000 random argument lists the direct reader gives swift-argument-parser's values, or leaves the list to it")
    func sameValuesAsTheParser() throws {
        let words = ["--plain", "--kiosk", "--lang", "--content", "--flow", "--site", "--volunteer", "--lang=es",
                     "--content=/srv/c", "--flow=", "--plain=1", "--kiosk=yes", "--=x", "--", "-", "-x", "-h", "--help",
                     "--version", "--bogus", "help", "wizard", "verify", "es", "vi", "door", "/srv/c", "", "=", "a=b",
                     "--lang=-x", "--Lang", "-plain", "--volunteer=zh-Hant", "ñ", "--lang=help"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var readDirectly = 0
        for _ in 0..<5_000 {
            let arguments = (0..<next(7)).map { _ in words[next(words.count)] }
            guard let direct = WizardArguments.read(directly: arguments) else { continue }
            readDirectly += 1
            let parsed = try #require(try? WizardCommand.parse(arguments), "parser refused \(arguments)")
            #expect(direct == parsed.wizard.arguments, "\(arguments)")
        }
        #expect(readDirectly > 250)
    }
}
