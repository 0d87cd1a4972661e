import Foundation
import Testing
@testable import AmparoCore

/// `nfcNormalized` skips Foundation's normalization for text whose scalars are NFC whatever
/// surrounds them; it must always give what the full normalization gives.
@Suite("NFC fast path")
struct NFCFastPathTests {
    @Test("every scalar the fast path accepts is NFC alone and after a base letter and a combining mark")
    func acceptedScalarsAreStable() {
        var accepted = 0
        var differing: [String] = []
        for value in UInt32(0x20)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            guard alone.isTriviallyNFC else { continue }
            accepted += 1
            // Neither composes with what comes before it.
            for text in [alone, "e" + alone, "a\u{0301}" + alone, "\u{1100}" + alone, "\u{AC00}" + alone]
            where text.nfcNormalized != text.precomposedStringWithCanonicalMapping {
                differing.append("U+" + String(value, radix: 16))
            }
        }
        #expect(accepted > 30_000)
        #expect(differing.isEmpty, "\(differing.prefix(20))")
    }

    @Test("decomposed text, combining marks and jamo are still normalized")
    func otherTextIsNormalized() {
        let decomposedVietnamese = "Vie\u{0302}\u{0323}t"            // Việt, decomposed
        #expect(!decomposedVietnamese.isTriviallyNFC)
        #expect(decomposedVietnamese.nfcNormalized == "Vi\u{1EC7}t")
        #expect("\u{1100}\u{1161}".nfcNormalized == "\u{AC00}")      // jamo compose to 가
        #expect("\u{212B}".nfcNormalized == "\u{00C5}")               // ANGSTROM SIGN → Å
        #expect("¿Qué está pasando?".isTriviallyNFC)
    }

    @Test("every shipped catalog's text normalizes the same with and without the fast path")
    func shippedCatalogsAgree() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Localization")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".po") }
        #expect(!files.isEmpty)
        for name in files {
            let data = try #require(FileManager.default.contents(atPath: directory.appendingPathComponent(name).path))
            let entries = POParser.parse([UInt8](data), file: name).file.entries
            #expect(!entries.isEmpty, "\(name)")
            let differing = entries.filter { entry in
                ([entry.id] + entry.strings).contains { $0.nfcNormalized != $0.precomposedStringWithCanonicalMapping }
            }
            #expect(differing.isEmpty, "\(name): \(differing.prefix(5).map { $0.context ?? $0.id })")
        }
    }
}
