import AmparoCore
import Foundation
import FuzzSupport

// libFuzzer target: one flow file's bytes, loaded and validated the way `amparo validate` does
// (`FlowLoader.load(data:file:facts:)`, then every flow check). Built by scripts/fuzz.

/// The fact base flows are loaded on: the `Facts/` folder named by `AMPARO_FUZZ_FACTS`
/// (scripts/fuzz names the shipped one), or none.
private let facts: FactBase = ProcessInfo.processInfo.environment["AMPARO_FUZZ_FACTS"]
    .map { FactLoader.load(directory: $0).base } ?? .empty

/// A fixed day, so a run does not change with the calendar.
private let validator = FlowValidator(context: ValidationContext(today: LocalDate(year: 2026, month: 6, day: 1)!))

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFlowLoader(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = fuzzInput(bytes, count)
    let loaded = FlowLoader.load(data: data, file: "Flows/fuzz.yaml", facts: facts)
    for flow in loaded.flows {
        _ = validator.validate(flow)
    }
    return 0
}

/// Hands the process to libFuzzer.
@main
enum FuzzFlowLoaderMain {
    static func main() { runLibFuzzer(fuzzFlowLoader) }
}
