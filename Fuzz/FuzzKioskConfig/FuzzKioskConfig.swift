import AmparoCore
import Foundation
import FuzzSupport

// libFuzzer target: the bytes of `/etc/amparo/kiosk.conf`, decoded as the kiosk decodes the file
// (UTF-8, or refused) and handed to `KioskConfigLoader.load`, which runs `KioskConfigParser`.
// Built by scripts/fuzz.

/// Called by libFuzzer once per input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKioskConfig(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = fuzzInput(bytes, count)
    // What `KioskSetup.readFile` does with the file's bytes.
    guard let text = String(data: data, encoding: .utf8) else { return 0 }
    let environment = ["AMPARO_CONFIG": "/etc/amparo/kiosk.conf"]
    guard let config = try? KioskConfigLoader.load(kioskFlag: false, environment: environment, readFile: { _ in text })
    else { return 0 }
    _ = config.staffPin?.matches("1234")
    return 0
}

/// Hands the process to libFuzzer.
@main
enum FuzzKioskConfigMain {
    static func main() { runLibFuzzer(fuzzKioskConfig) }
}
