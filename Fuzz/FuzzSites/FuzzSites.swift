@testable import AmparoCore
import Foundation
import FuzzSupport

// libFuzzer target: the bytes of a site file, read as `SiteLoader.load(directory:)` reads each of
// its files (`SiteLoader.parse`: size and encoding checks, the strict JSON parser), then decoded
// both as `organization.json` and as `services.json`, every service checked. Built by scripts/fuzz.

/// A fixed day, so a run does not change with the calendar.
private let today = LocalDate(year: 2026, month: 6, day: 1)!

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSites(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = fuzzInput(bytes, count)
    var diagnostics: [Diagnostic] = []
    guard let node = SiteLoader.parse(data, file: "Sites/fuzz/services.json", limits: .standard, into: &diagnostics)
    else { return 0 }
    _ = SiteLoader.decodeOrganization(node, file: "Sites/fuzz/organization.json", into: &diagnostics)
    for service in SiteLoader.decodeServices(node, file: "Sites/fuzz/services.json", into: &diagnostics) {
        diagnostics += SiteCheck.check(service, today: today, offered: Language.known,
                                       staleAfterMonths: SiteLoader.staleAfterMonths)
    }
    _ = diagnostics.sortedByPosition()
    return 0
}

/// Hands the process to libFuzzer.
@main
enum FuzzSitesMain {
    static func main() { runLibFuzzer(fuzzSites) }
}
