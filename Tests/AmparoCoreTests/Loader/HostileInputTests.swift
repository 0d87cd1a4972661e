import Foundation
import Testing
@testable import AmparoCore

/// Bad input never crashes or hangs: each gets one clear, located error.
@Suite("Hostile input")
struct HostileInputTests {
    func codes(_ data: Data) -> [String] {
        FlowLoader.load(data: data, file: "bad.yaml").diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" }
    }

    func codes(_ text: String) -> [String] { codes(Data(text.utf8)) }

    @Test func emptyAndBlankFiles() {
        #expect(codes(Data()) == ["1:1 AMP004"])
        #expect(codes("\n\n   \n# only a comment\n") == ["1:1 AMP004"])
    }

    @Test func binaryGarbage() {
        var state: UInt32 = 12345
        let bytes = (0..<65_536).map { _ -> UInt8 in
            state = state &* 1_103_515_245 &+ 12345
            return UInt8(truncatingIfNeeded: state >> 16)
        }
        let result = codes(Data(bytes))
        #expect(result.count == 1)
        #expect(result.first?.hasSuffix("AMP003") == true)
    }

    /// Control bytes are found wherever they sit in the eight-byte words the guard reads, and
    /// tabs, line feeds and carriage returns are not mistaken for them.
    @Test(arguments: [0x01, 0x1F, 0x7F, 0x00])
    func controlBytesAreFoundAtEveryOffset(byte: UInt8) {
        let text = Array("id: a-flow\ttitle: ü\r\nsummary: s\n".utf8)
        for offset in 0...text.count {
            var bytes = text
            bytes.insert(byte, at: offset)
            #expect(codes(Data(bytes)).map { $0.split(separator: " ").last } == ["AMP003"], "offset \(offset)")
        }
        #expect(!codes(Data(text)).contains { $0.hasSuffix("AMP003") })
    }

    /// A UTF-8 byte order mark (Notepad writes one) is not part of the text: the flow loads,
    /// its id has no stray character, and positions count from after the mark.
    @Test func aByteOrderMarkIsSkipped() {
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(minimalFlow().utf8))
        let result = FlowLoader.load(data: data, file: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.flows.first?.id == "t")
        var typo = Data([0xEF, 0xBB, 0xBF])
        typo.append(Data(minimalFlow().replacingOccurrences(of: "id: t\n", with: "idd: t\n").utf8))
        let unknown = FlowLoader.load(data: typo, file: "t.yaml").diagnostics.first { $0.code == .unknownKey }
        #expect(unknown.map { "\($0.location.line):\($0.location.column)" } == "1:1")
        var bad = Data([0xEF, 0xBB, 0xBF])
        bad.append(Data("id: caf".utf8) + Data([0xE9]))
        #expect(codes(bad) == ["1:8 AMP003"])
    }

    /// A text over the limit (AMP008) is refused at its position, counted in characters: a
    /// title of 3 MiB gives one error, and 4,000 Chinese characters (12,000 bytes) are read.
    @Test func textsOverTheLimitAreRefused() {
        let limit = InputLimits.standard.maximumTextLength
        let huge = minimalFlow().replacingOccurrences(of: "title: T\n", with: "title: \(String(repeating: "long title ", count: 300_000))\n")
        #expect(codes(huge) == ["2:8 AMP008"])
        let chinese = minimalFlow().replacingOccurrences(of: "title: T\n", with: "title: \(String(repeating: "长", count: limit))\n")
        let loaded = FlowLoader.load(data: Data(chinese.utf8), file: "t.yaml")
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.flows.first?.title.english.unicodeScalars.count == limit)
    }

    @Test func invalidUTF8IsLocated() {
        var data = Data("id: demo\ntitle: caf".utf8)
        data.append(0xE9) // Latin-1 é
        data.append(contentsOf: Array("\n".utf8))
        let diagnostics = FlowLoader.load(data: data, file: "bad.yaml").diagnostics
        #expect(diagnostics.map(\.code) == [.invalidEncoding])
        #expect(diagnostics.first?.message == "invalid UTF-8 (byte 0xE9); save the file as UTF-8")
        #expect(diagnostics.first?.location.line == 2)
        #expect(diagnostics.first?.location.column == 11)
    }

    /// Valid UTF-8 that YAML refuses (a noncharacter, a C1 control) is refused by libyaml's
    /// reader, located where it sits.
    @Test(arguments: ["\u{FFFE}", "\u{80}"])
    func unprintableCharactersAreLocated(character: String) {
        let diagnostics = FlowLoader.load(yaml: "id: demo\ntitle: ab\(character)c\n", file: "bad.yaml").diagnostics
        #expect(diagnostics.map(\.code) == [.invalidEncoding])
        #expect(diagnostics.first?.message.hasSuffix("; a flow must be printable text") == true)
        #expect(diagnostics.first?.location.line == 2)
        #expect(diagnostics.first?.location.column == 10)
    }

    @Test func sixtyMegabyteFileIsRefusedUnread() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-huge-\(UUID()).yaml").path
        FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 60 * 1_048_576) // sparse: no 60 MB written
        try handle.close()
        let diagnostics = FlowLoader.load(file: path).diagnostics
        #expect(diagnostics.map(\.message) == ["file is 60.0 MB; the limit is 4.0 MB, so it was not read"])
        #expect(diagnostics.map(\.code) == [.fileTooLarge])
        let inMemory = Data(repeating: UInt8(ascii: "a"), count: 60 * 1_048_576)
        #expect(FlowLoader.load(data: inMemory, file: "huge.yaml").diagnostics.map(\.code) == [.fileTooLarge])
    }

    static func nested(_ shape: String) -> String {
        switch shape {
        case "flow sequences": return String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        case "flow mappings": return String(repeating: "{a: ", count: 20_000) + "1" + String(repeating: "}", count: 20_000)
        case "block sequences": return String(repeating: "- ", count: 20_000) + "x"
        case "a flow under a key": return "steps: " + String(repeating: "[", count: 20_000)
        default: return (0..<100).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " 1"
        }
    }

    // Refused at the 65th level (block sequences: the 65th '- ', flow sequences and mappings:
    // the 65th '[' or '{'). With the libyaml Yams vendored, a run of '[' longer than its scanner
    // read ahead was refused where the run began; Debian's libyaml 0.2.5 stops at the level.
    @Test(arguments: [
        ("flow sequences", "1:65"),
        ("flow mappings", "1:257"),
        ("block sequences", "1:129"),
        ("a flow under a key", "1:71"),
        ("indented mappings", "65:65"),
    ])
    func twentyThousandLevelsOfNesting(shape: String, position: String) {
        #expect(codes(HostileInputTests.nested(shape)) == ["\(position) AMP006"])
    }

    @Test func aliasBombsAreRefusedAtTheFirstAnchor() {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        #expect(codes(lines.joined(separator: "\n")) == ["1:4 AMP007"])
        // An aliased mapping key would make Yams hash a billion nodes.
        let keyBomb = lines + ["? *i", ": 1", "? *h", ": 2"]
        #expect(codes(keyBomb.joined(separator: "\n")) == ["1:4 AMP007"])
    }

    @Test func anchorColumnsCountCharactersNotBytes() {
        #expect(codes("título: [Ñandú, &a x]\n") == ["1:17 AMP007"])
    }

    @Test func anAnchorAfterATagIsRefusedAtTheTag() {
        let yaml = minimalFlow().replacingOccurrences(of: "title: T", with: "title: !!str &t T")
        #expect(codes(yaml) == ["2:8 AMP007"]) // the node starts at its tag
    }

    @Test func textThatLooksLikeAnAliasIsNotOne() throws {
        let yaml = minimalFlow().replacingOccurrences(of: "title: T", with: """
            title: Food & housing, *not* &c
            notice: |
              *Read this first*
              & then this
              - [ not a list
            """)
        let result = FlowLoader.load(yaml: yaml, file: "t.yaml")
        #expect(result.diagnostics.isEmpty)
        #expect(result.flows.first?.title.english == "Food & housing, *not* &c")
        #expect(result.flows.first?.notice?.english == "*Read this first*\n& then this\n- [ not a list\n")
    }

    @Test func syntaxErrorsExplainCommonMistakes() {
        let tab = minimalFlow().replacingOccurrences(of: "    kind: outcome", with: "\tkind: outcome")
        let diagnostics = FlowLoader.load(yaml: tab, file: "t.yaml").diagnostics
        #expect(diagnostics.map(\.code) == [.yamlSyntax])
        #expect(diagnostics.first?.message.hasSuffix("; YAML indents with spaces, not tabs") == true)
        #expect(diagnostics.first?.location.line == 17)
        let documents = FlowLoader.load(yaml: minimalFlow() + "---\nid: other\n", file: "t.yaml").diagnostics
        #expect(documents.map(\.code) == [.yamlSyntax])
        let list = FlowLoader.load(yaml: "- a\n- b\n", file: "t.yaml").diagnostics
        #expect(list.map(\.message) == ["expected a mapping for the flow, found a list"])
    }

    @Test func aDuplicateKeyPointsAtTheRepeat() {
        let yaml = minimalFlow(cardExtra: "    title: Again\n")
        let diagnostics = FlowLoader.load(yaml: yaml, file: "t.yaml").diagnostics
        #expect(diagnostics.map(\.message) == ["duplicate key 'title' in one mapping"])
        #expect(diagnostics.first?.location.line == 25)
        #expect(diagnostics.first?.location.column == 5)
        #expect(diagnostics.first?.notes == ["note: first written at t.yaml:22:5"])
    }

    @Test func aDuplicateKeyInALargeMappingIsFoundToo() {
        // Over 32 keys the check hashes instead of comparing pairs.
        let yaml = (0..<40).map { "k\($0): 1\n" }.joined() + "k7: 2\n"
        let diagnostics = FlowLoader.load(yaml: yaml, file: "t.yaml").diagnostics
        #expect(diagnostics.map(\.message) == ["duplicate key 'k7' in one mapping"])
        #expect(diagnostics.first.map { "\($0.location.line):\($0.location.column)" } == "41:1")
        #expect(diagnostics.first?.notes == ["note: first written at t.yaml:8:1"])
    }

    @Test func hugeConditionsAreRefused() {
        let condition = Array(repeating: "true", count: 5_000).joined(separator: " and ")
        let yaml = minimalFlow(cardExtra: "    when: \(condition)\n")
        let diagnostics = FlowLoader.load(yaml: yaml, file: "t.yaml").diagnostics
        #expect(diagnostics.map(\.message) == ["in condition: condition has more than 256 'and'/'or' operators; split it"])
    }

    @Test func everyTruncationOfAValidFlowLoadsWithoutCrashing() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("valid/door.yaml")))
        var errors = 0
        for length in stride(from: 0, to: data.count, by: 5) {
            let result = FlowLoader.load(data: data.prefix(length), file: "cut.yaml")
            let flows = result.flows.map { FlowValidator().validate($0) }
            errors += result.hasErrors || flows.contains { !$0.isEmpty } ? 1 : 0
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            }
        }
        #expect(errors > 0)
    }

    @Test func randomEditsOfAValidFlowNeverCrashTheValidator() throws {
        let text = try String(contentsOfFile: Fixtures.path("valid/door.yaml"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var state: UInt64 = 42
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var problems = 0
        var accepted = 0
        for _ in 0..<300 {
            var edited = lines
            for _ in 0..<(1 + random(4)) {
                let index = random(edited.count)
                switch random(4) {
                case 0: edited.remove(at: index)
                case 1: edited.insert(edited[random(edited.count)], at: index)
                case 2: edited.swapAt(index, random(edited.count))
                default: edited[index] = edited[index].replacingOccurrences(of: "needs", with: "where")
                }
                if edited.isEmpty { edited = ["x: 1"] }
            }
            let loaded = FlowLoader.load(yaml: edited.joined(separator: "\n"), file: "edited.yaml", facts: Fixtures.factBase)
            let found = loaded.diagnostics + loaded.flows.flatMap { FlowValidator().validate($0) }
            problems += found.isEmpty ? 0 : 1
            for flow in loaded.flows where !found.contains(where: { $0.severity == .error }) {
                // A flow the validator accepts can be walked to an outcome.
                accepted += 1
                var session = Session(flow: flow)
                while let step = session.currentStep, step.kind != .outcome {
                    if step.kind == .info { try session.advance() } else if step.kind == .single {
                        try session.answer(.one(step.options[0].id))
                    } else {
                        try session.answer(.many([step.options[0].id]))
                    }
                }
                #expect(!session.outcomeCards.isEmpty)
            }
        }
        #expect(problems > 0)
        #expect(accepted > 0)
    }
}
