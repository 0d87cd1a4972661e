import AmparoCore
import Foundation
import FuzzSupport

// libFuzzer target: a condition string (a `when:` or `next` rule's `if:`), parsed by
// `ConditionParser` as the flow loader calls it, then walked the ways the validator, the
// session and the reports walk a condition. Built by scripts/fuzz.

/// The answers conditions are evaluated on: none, then one of each kind.
private let answerSets: [Answers] = [
    Answers(),
    ["situation": .one("agents-now"), "needs": .many(["school", "food"]), "status": .unsure],
]

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConditions(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = fuzzInput(bytes, count)
    // A YAML scalar is always valid UTF-8 by the time the loader hands it to the parser.
    guard let text = String(validating: data, as: UTF8.self) else { return 0 }
    guard let condition = try? ConditionParser.parse(text, at: SourceLocation(file: "Flows/fuzz.yaml", line: 3, column: 11))
    else { return 0 }
    _ = condition.description
    _ = condition.unguardedReads()
    _ = condition.questions
    _ = condition.comparisons
    for answers in answerSets {
        _ = condition.evaluate(answers)
    }
    return 0
}

/// Hands the process to libFuzzer.
@main
enum FuzzConditionsMain {
    static func main() { runLibFuzzer(fuzzConditions) }
}
