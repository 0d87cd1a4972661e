import AmparoTestSupport
import Foundation
import Testing

@Suite("amparo validate: the content's Sites/")
struct ValidateSitesTests {
    /// A content directory with the door flow and `Sites/east/` (the test site), its services
    /// replaced by `services` when given.
    private func content(services: String? = nil) throws -> String {
        let root = try TestContentFiles.makeDirectory(flows: ["door.yaml": TestContentFiles.doorYAML])
        try FileManager.default.createDirectory(atPath: root + "/Sites", withIntermediateDirectories: true)
        let site = try TestSite.makeDirectory()
        try FileManager.default.moveItem(atPath: site, toPath: root + "/Sites/east")
        if let services { try services.write(toFile: root + "/Sites/east/services.json", atomically: true, encoding: .utf8) }
        return root
    }

    @Test("a valid site is read with the rest of the content")
    func validSite() throws {
        let root = try content()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try Amparo.run(["validate", "--content", root])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        try FileManager.default.removeItem(atPath: root + "/Sites")
        let without = try Amparo.run(["validate", "--content", root])
        func files(_ output: String) -> Int? { output.split(separator: "\n").last.flatMap { Int($0.prefix { $0.isNumber }) } }
        #expect(files(run.stdout).map { $0 - 2 } == files(without.stdout), "organization.json and services.json counted")
    }

    @Test("a site's error is an error of the content, located in its file")
    func brokenSite() throws {
        let root = try content(services: "[\n  {\"id\": \"not-a-uuid\"}\n]\n")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = try Amparo.run(["validate", "--content", root])
        #expect(run.status == 1)
        #expect(run.stdout.contains(root + "/Sites/east/services.json:2:"))
        #expect(run.stdout.contains("[AMP704]"))
    }
}
