import AmparoCore
import AmparoUI

/// Translations held in memory, keyed like the catalogs: a missing key shows
/// English and says so, as the real catalogs do (English itself never falls back).
enum FakeCatalog {
    static func strings(_ tag: String, content: [String: String],
                        interface: [InterfaceString: String] = [:]) -> Strings {
        Strings(languageTag: tag,
                interface: { interface[$0] ?? $0.english },
                content: { text in
                    if tag == "en" { return LocalizedText(text.english) }
                    return content[text.key].map { LocalizedText($0) } ?? LocalizedText(text.english, fallback: .missing)
                })
    }

    static let chinese: [String: String] = [
        "door.title": "门口求助",
        "door.summary": "有人敲门并自称是官员时该怎么做。",
        "door.notice": "这是一般信息，不是法律意见。",
        "door.step.where.text": "你现在在哪里？请选择最符合你情况的地点，然后按回车键。",
        "door.step.where.detail": "选择最符合的地点。",
        "door.step.where.option.home": "在家",
        "door.step.where.option.work": "在工作场所",
    ]

    /// Vietnamese in decomposed form (NFD), as some editors save it.
    static let vietnameseDecomposed: [String: String] = [
        "door.title": "Giu\u{301}p \u{111}\u{1EE1} ta\u{323}i c\u{1EED}a",
        "door.summary": "Pha\u{309}i la\u{300}m gi\u{300} khi co\u{301} ng\u{1B0}\u{1A1}\u{300}i go\u{303} c\u{1EED}a.",
        "door.notice": "\u{110}a\u{302}y la\u{300} tho\u{302}ng tin chung, kho\u{302}ng pha\u{309}i t\u{1B0} va\u{302}\u{301}n pha\u{301}p ly\u{301}.",
        "door.step.where.text": "Ba\u{323}n \u{111}ang \u{1A1}\u{309} \u{111}a\u{302}u? Ha\u{303}y cho\u{323}n n\u{1A1}i phu\u{300} h\u{1A1}\u{323}p nha\u{302}\u{301}t v\u{1A1}\u{301}i ba\u{323}n.",
        "door.step.where.detail": "Cho\u{323}n n\u{1A1}i phu\u{300} h\u{1A1}\u{323}p nha\u{302}\u{301}t.",
        "door.step.where.option.home": "\u{1A0}\u{309} nha\u{300}",
        "door.step.where.option.work": "\u{1A0}\u{309} ch\u{1ED7} la\u{300}m",
    ]
}
