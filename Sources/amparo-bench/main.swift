import AmparoCore
import Foundation

/// `amparo-bench`: the engine benchmark's two halves, run as separate processes so each
/// measurement has its own peak memory.
///
///     amparo-bench generate STEPS FILE   writes a valid flow of about STEPS steps, and its facts
///                                        in FILE.facts/
///     amparo-bench load FILE             loads and validates it; prints times and peak RSS
///     amparo-bench profile FILE          loads and validates it only (for callgrind or perf)
///
/// `scripts/bench-engine` runs both for 1,000, 10,000 and 100,000 steps.
enum BenchMain {
    static func run(_ arguments: [String]) -> Int32 {
        switch (arguments.first, arguments.count) {
        case ("generate", 3):
            guard let steps = Int(arguments[1]), steps > 0 else { return usage() }
            let generator = BenchFlowGenerator(steps: steps)
            do {
                try generator.yaml().write(toFile: arguments[2], atomically: true, encoding: .utf8)
                let facts = factsDirectory(arguments[2])
                try FileManager.default.createDirectory(atPath: facts, withIntermediateDirectories: true)
                for (name, text) in generator.factFiles() {
                    try text.write(toFile: facts + "/" + name, atomically: true, encoding: .utf8)
                }
            } catch {
                FileHandle.standardError.write(Data("amparo-bench: \(error)\n".utf8))
                return 1
            }
            print("wrote \(arguments[2]): \(generator.stepCount) steps")
            return 0
        case ("load", 2):
            return load(arguments[1])
        case ("profile", 2):
            return profile(arguments[1])
        default:
            return usage()
        }
    }

    static func load(_ file: String) -> Int32 {
        // CPU time of this thread: the engine is single-threaded, and unlike wall-clock time
        // it does not grow when other work shares the machine.
        let clock = ThreadCPUClock()
        var loaded: FlowLoadResult?
        // The shipped limit is 4 MiB per file; the 100,000-step flow is about 28 MB.
        let limits = InputLimits(maximumFileSize: 256 * 1024 * 1024)
        let loadTime = clock.measure {
            let facts = FactLoader.load(directory: factsDirectory(file), limits: limits).base
            loaded = FlowLoader.load(file: file, facts: facts, limits: limits)
        }
        guard let result = loaded, let flow = result.flows.first, !result.hasErrors else {
            for diagnostic in loaded?.diagnostics ?? [] { print(diagnostic.headline) }
            return 1
        }
        var diagnostics: [Diagnostic] = []
        let validateTime = clock.measure { diagnostics = FlowValidator().validate(flow) }
        let enginePeak = peakResidentMiB()  // before the path count below
        let errors = diagnostics.filter { $0.severity == .error }
        for diagnostic in errors.prefix(5) { print(diagnostic.headline) }
        var tally = PathTally()
        let pathsTime = clock.measure {
            var analysis = FlowAnalysis(flow: flow)
            tally = analysis.tally()
        }
        print(String(format: "steps %7d  cards %6d  load %8.1f ms  validate %8.1f ms  total %8.1f ms  "
                     + "paths %8.1f ms (%@)  peak RSS after load + validate %6.1f MiB  errors %d",
                     flow.steps.count, flow.cards.count, loadTime.milliseconds, validateTime.milliseconds,
                     (loadTime + validateTime).milliseconds, pathsTime.milliseconds, tally.total.description,
                     enginePeak, errors.count))
        // Each check alone, slowest first. Alone, each check also builds the id index and the
        // step graph that `validate` builds once and shares, so these add up to more than the
        // validate column; they rank the checks, they do not split it.
        let context = ValidationContext()
        let perCheck = FlowValidator.standardChecks.map { check in
            (name: String(describing: type(of: check)), time: clock.measure { _ = check.check(flow, context: context) })
        }.sorted { $0.time > $1.time }
        print("  each check alone (with its own index and graph): " + perCheck.prefix(5).map { String(format: "%@ %.1f ms", $0.name, $0.time.milliseconds) }
            .joined(separator: ", "))
        return errors.isEmpty ? 0 : 1
    }

    /// Loads and validates `file` and nothing else, so a profiler sees only the engine's work.
    static func profile(_ file: String) -> Int32 {
        let clock = ThreadCPUClock()
        let limits = InputLimits(maximumFileSize: 256 * 1024 * 1024)
        var loaded: FlowLoadResult?
        let loadTime = clock.measure {
            let facts = FactLoader.load(directory: factsDirectory(file), limits: limits).base
            loaded = FlowLoader.load(file: file, facts: facts, limits: limits)
        }
        guard let flow = loaded?.flows.first, loaded?.hasErrors == false else { return 1 }
        var diagnostics: [Diagnostic] = []
        let validateTime = clock.measure { diagnostics = FlowValidator().validate(flow) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        print(String(format: "steps %7d  load %8.1f ms  validate %8.1f ms  total %8.1f ms  errors %d",
                     flow.steps.count, loadTime.milliseconds, validateTime.milliseconds,
                     (loadTime + validateTime).milliseconds, errors))
        return errors == 0 ? 0 : 1
    }

    /// Where the facts of a generated flow are written: `FILE.facts/`.
    static func factsDirectory(_ file: String) -> String { file + ".facts" }

    /// The process's peak resident set size (`ru_maxrss`, kilobytes on Linux).
    static func peakResidentMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func usage() -> Int32 {
        FileHandle.standardError.write(Data("usage: amparo-bench generate STEPS FILE | amparo-bench load FILE | amparo-bench profile FILE\n".utf8))
        return 2
    }
}

/// Measures the calling thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`).
struct ThreadCPUClock {
    func measure(_ work: () -> Void) -> Duration {
        let start = now()
        work()
        return now() - start
    }

    private func now() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }
}

extension Duration {
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}

exit(BenchMain.run(Array(CommandLine.arguments.dropFirst())))
