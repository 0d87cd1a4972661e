import Foundation
import Testing
@testable import AmparoCore

@Suite("Content signature file")
struct ContentSignatureTests {
    let manifest = ContentManifest(entries: [
        .init(path: "Flows/a.yaml", size: 6, sha256: String(repeating: "ab", count: 32)),
        .init(path: "Localization/es.po", size: 9, sha256: String(repeating: "0f", count: 32)),
    ])

    @Test("a signature's text reads back with its manifest, key and signature, and holds for its key")
    func readsBack() throws {
        let key = ContentSigningKey.generate()
        let signed = try ContentSignature(signing: manifest, with: key)
        let read = try ContentSignature(text: signed.text)
        #expect(read.manifest == manifest && read.publicKey == signed.publicKey && read.signature == signed.signature)
        #expect(read.isValid(for: key.publicKey))
        #expect(!read.isValid(for: ContentSigningKey.generate().publicKey))
    }

    @Test("a damaged signature file says what is wrong with it")
    func damagedTextSaysWhy() throws {
        let text = try ContentSignature(signing: manifest, with: ContentSigningKey.generate()).text
        func reason(_ changed: String) -> String? {
            do { _ = try ContentSignature(text: changed); return nil } catch {
                if case .malformedSignature(let why) = error { return why }
                return "\(error)"
            }
        }
        #expect(reason(text.replacingOccurrences(of: "\n\n", with: "\n")) == "no empty line before the manifest")
        #expect(reason(text.replacingOccurrences(of: "algorithm ed25519", with: "algorithm rsa")) == "the algorithm is not ed25519")
        #expect(reason(text.replacingOccurrences(of: "Flows/a.yaml", with: "Flows/b.yaml"))
            == "manifest-digest is not the SHA-256 of the manifest text")
        #expect(reason(text.replacingOccurrences(of: "  6  ", with: " 6 ")) == "the manifest after the empty line is not one")
        #expect(reason("amparo-signature 1\n\n" + manifest.text) == "the header is not `amparo-signature 1` and its four lines")
        #expect(reason("") == "no empty line before the manifest")
    }
}
