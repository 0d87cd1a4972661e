// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Amparo",
    // Linux only: the terminal, process and signal code is written against glibc (Debian), and
    // the system libraries come from Debian packages through pkg-config.
    products: [
        .executable(name: "amparo", targets: ["amparo"]),
        .library(name: "AmparoCore", targets: ["AmparoCore"]),
        .library(name: "AmparoUI", targets: ["AmparoUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
    ],
    targets: [
        // libyaml's event parser (Debian libyaml-dev). Only the loader imports it.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Engine: model, loader, conditions, facts, validator and diagnostics, session, path
        // analysis, guidance, reports and graphs, localization, sites, kiosk config, text width
        // and wrapping (Text/), content manifest and its signature. No terminal code.
        .target(name: "AmparoCore", dependencies: [
            "CLibYAML", .product(name: "Crypto", package: "swift-crypto"),
            // scrypt for the staff PIN.
            .product(name: "_CryptoExtras", package: "swift-crypto"),
        ]),
        // The wizard without a terminal: its state and update, the pure views, the in-memory
        // screen, the action table, the plain line mode, the launch policy. Text is measured
        // and wrapped by AmparoCore's Text/.
        .target(name: "AmparoUI", dependencies: ["AmparoCore"]),
        // ncursesw, wide-character API. Only AmparoCurses imports it.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The thin adapter: copies the in-memory screen to ncursesw and reads keys.
        .target(name: "AmparoCurses", dependencies: ["AmparoUI", "CNcursesw"]),
        // libqrencode (Debian libqrencode-dev). Only AmparoSystem imports it.
        .systemLibrary(name: "CQRencode", providers: [.apt(["libqrencode-dev"])]),
        // The crash guard: core dumps off, signal handlers that restore and clear the terminal
        // instead of the Swift runtime's backtracer. C, because a signal handler may only call
        // async-signal-safe functions. Only AmparoSystem (ProcessGuard) imports it.
        .target(name: "CAmparoGuard"),
        // What reaches outside the process: QR codes, printing (lp, lpstat), espeak-ng, the
        // staff PIN prompt on the TTY, saving a summary, child processes, the crash guard and
        // the restart after a kiosk's wipe.
        .target(name: "AmparoSystem", dependencies: ["AmparoUI", "CQRencode", "CAmparoGuard"]),
        // The command-line interface: argument parsing only, no logic.
        .executableTarget(name: "amparo", dependencies: [
            "AmparoCore", "AmparoUI", "AmparoCurses", "AmparoSystem",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The engine benchmark (scripts/bench-engine): generates large flows, times load + validate.
        .executableTarget(name: "amparo-bench", dependencies: ["AmparoCore"]),
        // What the test targets share: the door flow and test fact base (Content/), generated
        // flows, one process runner, one scripted terminal, temporary content directories.
        .target(name: "AmparoTestSupport", dependencies: ["AmparoCore", "AmparoUI"], path: "Tests/AmparoTestSupport",
                exclude: ["Content"]),
        .testTarget(name: "AmparoCoreTests", dependencies: ["AmparoCore", "AmparoUI", "AmparoTestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "AmparoUITests", dependencies: ["AmparoUI", "AmparoTestSupport"]),
        .testTarget(name: "AmparoSystemTests", dependencies: ["AmparoSystem", "AmparoTestSupport"]),
        // The command-line module itself: the wizard's options read directly and by
        // swift-argument-parser.
        .testTarget(name: "AmparoCommandTests", dependencies: [
            "amparo", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Runs the built `amparo` binary (non-interactive commands and plain mode).
        .testTarget(name: "AmparoCLITests", dependencies: ["AmparoCore", "AmparoTestSupport"]),
        // Runs the built binary in tmux.
        .testTarget(name: "AmparoEndToEndTests", dependencies: ["AmparoCore", "AmparoTestSupport"]),
    ]
)

// Fuzzing (scripts/fuzz, docs/robustness.md): with AMPARO_FUZZ=1 in the environment, one
// libFuzzer executable per reader, from Fuzz/. scripts/fuzz builds them with
// `-sanitize=fuzzer,address` for every module; without AMPARO_FUZZ the package is unchanged.
if Context.environment["AMPARO_FUZZ"] == "1" {
    package.targets += [
        .target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzerDriver"], path: "Fuzz/FuzzSupport"),
    ]
    for name in ["FuzzFlowLoader", "FuzzConditions", "FuzzCatalog", "FuzzFacts", "FuzzSites", "FuzzKioskConfig"] {
        package.targets.append(.executableTarget(name: name, dependencies: ["AmparoCore", "FuzzSupport"], path: "Fuzz/\(name)"))
        package.products.append(.executable(name: name, targets: [name]))
    }
}
