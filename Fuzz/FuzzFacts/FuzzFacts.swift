import AmparoCore
import Foundation
import FuzzSupport

// libFuzzer target: one file of `Facts/`, read by `FactLoader.load(files:)` three times, as a
// topic's facts, as `sources.yaml` and as `attorney-review.yaml` (the loader decides by the
// name), then checked by the validator's content checks on the fact base that gives.
// Built by scripts/fuzz.

/// A fixed day, so a run does not change with the calendar.
private let today = LocalDate(year: 2026, month: 6, day: 1)!

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFacts(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = fuzzInput(bytes, count)
    let loaded = FactLoader.load(files: [
        ("Facts/fuzz.yaml", data), ("Facts/\(FactLoader.sourcesFile)", data), ("Facts/\(FactLoader.reviewFile)", data),
    ])
    let content = LoadedContent(flows: [], flowFiles: [], factBase: loaded.base, localizationDirectory: nil, today: today)
    for check in ContentValidator(context: ValidationContext(today: today)).contentChecks {
        _ = check.check(content)
    }
    return 0
}

/// Hands the process to libFuzzer.
@main
enum FuzzFactsMain {
    static func main() { runLibFuzzer(fuzzFacts) }
}
