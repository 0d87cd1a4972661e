import AmparoCore
import Foundation
import FuzzSupport

// libFuzzer target: one catalog's bytes (`Localization/<tag>.po`), read by `Catalog.parse` (what
// `Catalog.load(path:tag:)` runs on the file's bytes), then used the way the wizard uses a
// catalog: its header, and every interface string and every entry looked up, placeholders and
// `%d`/`%s` filled. Built by scripts/fuzz.

private let spanish = Language.known(tag: "es")!

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalog(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = fuzzInput(bytes, count)
    let catalog = Catalog.parse(data, path: "Localization/es.po", tag: spanish.tag)
    _ = catalog.status
    _ = catalog.header?.pluralCount
    _ = catalog.header?.charset
    _ = catalog.translatedKeys
    let localizer = Localizer(language: spanish, catalog: catalog)
    _ = localizer.translationStatusNotice
    for string in InterfaceString.allCases {
        localize(string, with: localizer)
    }
    // Flow texts: each entry's own key and English, so a translation is found and filled.
    let parsed = POParser.parse([UInt8](data), file: "Localization/es.po")
    for entry in parsed.file.entries.prefix(200) {
        guard let key = entry.context else { continue }
        _ = localizer.localize(key: key, english: entry.id)
    }
    return 0
}

/// Localizes an interface string with arguments of the kinds its English takes.
private func localize(_ string: InterfaceString, with localizer: Localizer) {
    let signature = CFormat.signature(of: string.english)
    let arguments: [FormatArgument] = (0..<(signature.keys.max().map { $0 + 1 } ?? 0)).map {
        signature[$0] == "d" ? .number(7) : .text("Ana")
    }
    switch arguments.count {
    case 0: _ = localizer.localize(string)
    case 1: _ = localizer.localize(string, arguments[0])
    case 2: _ = localizer.localize(string, arguments[0], arguments[1])
    default: _ = localizer.localize(string, arguments[0], arguments[1], arguments[2])
    }
}

/// Hands the process to libFuzzer.
@main
enum FuzzCatalogMain {
    static func main() { runLibFuzzer(fuzzCatalog) }
}
