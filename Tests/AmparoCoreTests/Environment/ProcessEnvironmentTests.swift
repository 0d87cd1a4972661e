import Foundation
import Testing
import AmparoCore

@Suite("Process environment")
struct ProcessEnvironmentTests {
    @Test("the environment as Foundation reads it, and as it is now: set and unset variables show")
    func sameAsFoundationAndCurrent() {
        #expect(ProcessEnvironment.current() == ProcessInfo.processInfo.environment)
        let name = "AMPARO_TEST_\(getpid())"
        setenv(name, "a=b ñ", 1)
        #expect(ProcessEnvironment.current()[name] == "a=b ñ")
        setenv(name, "", 1)
        #expect(ProcessEnvironment.current()[name] == "")
        unsetenv(name)
        #expect(ProcessEnvironment.current()[name] == nil)
    }
}
