import AmparoCore
import Testing
@testable import AmparoUI

/// The plain line mode's layout: by display width on a terminal, one paragraph per line in a pipe.
@Suite("Plain line mode wrapping")
struct PlainTextTests {
    static let chinese = "如果移民官员来到你家门口，你不必开门。请他们把搜查令从门下塞进来，并在做任何事情之前仔细阅读。"
    static let korean = "이민 단속 요원이 집에 오면 문을 열지 않아도 됩니다. 판사가 서명한 영장을 문 밑으로 넣어 달라고 하세요."

    @Test("Chinese wraps between characters, every line within the width, nothing lost")
    func chinese() {
        let lines = PlainText.lines(Self.chinese, width: 30)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
        #expect(lines.joined() == Self.chinese)
        // Closing punctuation never starts a line.
        #expect(lines.allSatisfy { !$0.hasPrefix("，") && !$0.hasPrefix("。") })
    }

    @Test("Korean wraps at spaces, never inside a word")
    func korean() {
        let lines = PlainText.lines(Self.korean, width: 24)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
        #expect(lines.joined(separator: " ") == Self.korean)
    }

    @Test("a list item hangs its continuation lines under the text, after the indent")
    func listItem() {
        let lines = PlainText.lines("- " + Self.chinese, width: 30, indent: "   ")
        #expect(lines[0].hasPrefix("   - 如果"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("     ") && !$0.hasPrefix("      ") })
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 30 })
    }

    @Test("without a width each paragraph is one line, indented")
    func unwrapped() {
        let text = Self.chinese + "\n" + Self.korean
        #expect(PlainText.lines(text, width: nil, indent: "  ") == ["  " + Self.chinese, "  " + Self.korean])
    }

    @Test("the front wraps Chinese and Korean cards on a terminal and leaves them whole in a pipe",
          arguments: ["zh-Hans", "ko"])
    func front(language: String) throws {
        let body = language == "ko" ? Self.korean : Self.chinese
        // A card falls back to English as a whole: every part of it is translated.
        let content = [
            "door.card.rights.title": "门", "door.card.rights.body": body, "door.card.rights.now": "关门", "door.card.rights.say": "不",
            "door.card.rights.contested": "未定", "door.card.rights.contact.1.name": "CHIRLA",
            "door.card.rights.contact.1.hours": "每天",
        ]
        var configuration = AppConfiguration(flows: [TestContent.flow], languages: LanguageChoice.shipped,
                                             fixedLanguage: language)
        configuration.strings = { FakeCatalog.strings($0, content: content) }
        func walk(width: Int?) -> [String] {
            var output = ""
            var front = PlainFront(configuration: configuration, flowID: "door",
                                   reader: ScriptedLineReader(["1", "2", "1", "q"]), width: width,
                                   output: { output += $0 })
            front.run()
            return output.components(separatedBy: "\n")
        }
        let piped = walk(width: nil)
        #expect(piped.contains { $0.hasSuffix(body) })
        let wrapped = walk(width: 40)
        #expect(!wrapped.contains { $0.contains(body) })
        #expect(wrapped.allSatisfy { DisplayWidth.of($0) <= 40 })
        let start = try #require(wrapped.firstIndex { $0.contains(body.prefix(4)) })
        let separator = language == "ko" ? " " : ""
        let rejoined = wrapped[start...].prefix(4).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(rejoined.joined(separator: separator).hasPrefix(body))
    }
}
