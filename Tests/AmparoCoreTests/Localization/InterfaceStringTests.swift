import Testing
@testable import AmparoCore

@Suite("Interface strings")
struct InterfaceStringTests {
    @Test("every key is a unique ui.… key in lower case")
    func keysAreWellFormed() {
        let keys = InterfaceString.allCases.map(\.key)
        #expect(Set(keys).count == keys.count)
        for key in keys {
            #expect(key.hasPrefix("ui."), "\(key)")
            #expect(key.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" }, "\(key)")
        }
    }

    @Test("every string has English text and a translator note")
    func everyStringHasTextAndNote() {
        for string in InterfaceString.allCases {
            #expect(!string.english.isEmpty, "\(string.key)")
            #expect(string.note.count > 10, "\(string.key)")
            #expect(string.english == string.english.trimmingSpaces, "\(string.key) has outer spaces")
        }
    }

    @Test("placeholders are only %d and %s, so msgfmt -c can check them")
    func placeholdersAreCheckable() {
        for string in InterfaceString.allCases {
            for directive in CFormat.directives(in: string.english) {
                #expect(directive.conversion == "d" || directive.conversion == "s", "\(string.key)")
            }
            #expect(!string.english.contains("%@"), "\(string.key)")
        }
        #expect(CFormat.signature(of: InterfaceString.questionProgress.english) == [0: "d", 1: "d"])
    }

    @Test("looking up a string by its key")
    func lookupByKey() {
        #expect(InterfaceString(key: "ui.action.back") == .back)
        #expect(InterfaceString(key: "ui.no-such-thing") == nil)
    }
}

private extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
