import AmparoCore
import AmparoTestSupport
import Foundation
import Testing
@testable import AmparoUI

@Suite struct FlowSourceTests {
    @Test func aBackgroundLoadIsWaitedForWhenTheFlowsAreRead() {
        let source = FlowSource(loading: { .success([TestContent.flow]) })
        #expect(source.flows.map(\.id) == ["door"])
        #expect(source.problem == nil)
    }

    @Test func aFailedLoadOffersNoFlowAndSaysWhy() throws {
        let broken = FlowLoader.load(yaml: "id: [", file: "broken.yaml")
        let source = FlowSource(loading: { .failure(.init(diagnostics: broken.diagnostics)) })
        #expect(source.flows.isEmpty)
        let problem = try #require(source.problem)
        #expect(!problem.diagnostics.isEmpty)
        let app = App(configuration: {
            var configuration = AppConfiguration(flows: [], languages: LanguageChoice.shipped, fixedLanguage: "en")
            configuration.flowSource = source
            return configuration
        }())
        #expect(app.render(width: 80, height: 24).text()
            .contains(" Some content could not be loaded. Please ask a volunteer for help."))
    }
}

/// A kiosk that verifies its content starts from the signed, compiled bundle: the flow picker is
/// drawn from the bundle's entries without waiting, the flows are the ones the checks passed,
/// and a bundle this program may not take (made by another version) is not used.
@Suite struct CompiledBundleLaunchTests {
    func signedCopy(bundle: (ContentDirectory) throws -> [String: [UInt8]]) throws -> (root: String, publicKey: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("amparo-bundle-\(UUID().uuidString)").path
        let root = base + "/content"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestContentFiles.directory, toPath: root)
        let content = try #require(ContentLocator.locate(override: root))
        try FileManager.default.createDirectory(atPath: root + "/" + ContentBundle.folder, withIntermediateDirectories: true)
        for (path, bytes) in try bundle(content) { try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + path)) }
        let key = ContentSigningKey.generate()
        let signature = try ContentSignature(signing: try ContentManifest.build(root: root), with: key)
        try signature.text.write(toFile: ContentVerifier.signaturePath(root: root), atomically: true, encoding: .utf8)
        return (root, ContentSigningKey.publicText(key.publicKey))
    }

    func options(_ root: String, _ publicKey: String) -> WizardLauncher.Options {
        var options = WizardLauncher.Options(language: "es", content: root)
        options.kiosk.contentPublicKey = publicKey
        return options
    }

    @Test func aVerifiedBundleIsUsed() throws {
        let signed = try signedCopy { try ContentBundle.compile($0).get() }
        defer { try? FileManager.default.removeItem(atPath: (signed.root as NSString).deletingLastPathComponent) }
        let content = try #require(ContentLocator.locate(override: signed.root))
        let bundle = try #require(try WizardLauncher.verifiedBundle(of: content, publicKey: signed.publicKey)).bundle
        let configuration = try WizardLauncher.configuration(for: options(signed.root, signed.publicKey), environment: [:])
        #expect(configuration.flowSource.menu == bundle.menu)   // from the bundle: no wait
        #expect(configuration.flowSource.problemSoFar == nil)
        let checked = try ContentLoading.loadValidated(content).get()
        #expect(configuration.flows == checked)
        #expect(configuration.flowSource.menu == checked.map(FlowMenuEntry.init))
        let app = App(configuration: configuration)
        #expect(app.render(width: 80, height: 24).text().contains(" 1. Ayuda en la puerta"))
    }

    @Test func aBundleOfAnotherVersionIsNotUsed() throws {
        let signed = try signedCopy { content in
            let manifest = try ContentManifest.build(root: content.root)
            let stamp = ContentBundleStamp(programVersion: "0.0.1", checks: ContentBundleStamp.checksFingerprint,
                                           validatedOn: .today(), sourceDigest: manifest.digest)
            return ContentBundle.files(stamp: stamp, reviewCoversEverything: true, flows: [], catalogs: [])
        }
        defer { try? FileManager.default.removeItem(atPath: (signed.root as NSString).deletingLastPathComponent) }
        let content = try #require(ContentLocator.locate(override: signed.root))
        var notices: [String] = []
        #expect(try WizardLauncher.verifiedBundle(of: content, publicKey: signed.publicKey) { notices.append($0) } == nil)
        #expect(notices == ["amparo: the compiled bundle was made by amparo 0.0.1 on \(LocalDate.today()), with other checks or from other files, so the content is checked in full at each start (slower); sign it again with this amparo to start from a checked bundle\n"])
        let configuration = try WizardLauncher.configuration(for: options(signed.root, signed.publicKey), environment: [:])
        // Read and checked in full, as without a bundle; the old bundle's claims are not taken.
        #expect(configuration.flows == (try ContentLoading.loadValidated(content).get()))
        #expect(configuration.attorneyReviewNotice == .attorneyReviewNone)
    }

    /// The signature and the bundle are checked before the first screen; every other file beside
    /// it. A catalog changed after signing lets the first screen (drawn from the verified bundle)
    /// out, then stops the app before it takes a key, reads no flow, and is refused by name.
    @Test func aFileChangedAfterSigningStopsTheAppBeforeItsFirstKey() throws {
        let signed = try signedCopy { try ContentBundle.compile($0).get() }
        defer { try? FileManager.default.removeItem(atPath: (signed.root as NSString).deletingLastPathComponent) }
        let catalog = signed.root + "/Localization/es.po"
        try (try String(contentsOfFile: catalog, encoding: .utf8) + "\n# changed after signing\n")
            .write(toFile: catalog, atomically: true, encoding: .utf8)
        let configuration = try WizardLauncher.configuration(for: options(signed.root, signed.publicKey), environment: [:])
        let pending = try #require(configuration.pendingVerification)
        #expect(pending.failure == .filesDiffer(added: [], removed: [], changed: ["Localization/es.po"]))
        #expect(configuration.flows.isEmpty)
        #expect(configuration.flowSource.problem?.diagnostics.first?.message.contains("Localization/es.po") == true)

        let app = App(configuration: configuration)
        let terminal = ScriptedTerminal(keys: [.character("1"), .enter])
        app.run(on: terminal)
        #expect(terminal.screens.count == 1)
        #expect(app.state.page == .flows)              // no key was taken

        var launchOptions = options(signed.root, signed.publicKey)
        launchOptions.kiosk.kiosk = true
        var shown = 0
        #expect {
            try WizardLauncher.run(launchOptions, environment: [:], fullScreen: { app in
                app.run(on: ScriptedTerminal(keys: [.enter]))
                shown += 1
            }, plainFront: { _ in Issue.record("a kiosk has no plain mode") }, notice: { _ in })
        } throws: { error in
            guard case WizardLaunchFailure.contentNotVerified(let root, let failure) = error else { return false }
            return root == signed.root && failure == .filesDiffer(added: [], removed: [], changed: ["Localization/es.po"])
        }
        #expect(shown == 1)
    }

    /// A bundle changed after signing is refused before anything is shown, with every file that
    /// differs named.
    @Test func aChangedBundleIsRefusedBeforeAnythingIsShown() throws {
        let signed = try signedCopy { try ContentBundle.compile($0).get() }
        defer { try? FileManager.default.removeItem(atPath: (signed.root as NSString).deletingLastPathComponent) }
        let bundle = signed.root + "/" + ContentBundle.path
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: bundle)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: bundle))
        try Data("extra".utf8).write(to: URL(fileURLWithPath: signed.root + "/Flows/extra.txt"))
        #expect {
            try WizardLauncher.configuration(for: options(signed.root, signed.publicKey), environment: [:])
        } throws: { error in
            guard case WizardLaunchFailure.contentNotVerified(_, let failure) = error else { return false }
            return failure == .filesDiffer(added: ["Flows/extra.txt"], removed: [], changed: [ContentBundle.path])
        }
    }

    /// Signed content whose files are all as signed: the rest of the check passes, and the app
    /// takes its keys.
    @Test func untouchedSignedContentPassesTheRestOfTheCheck() throws {
        let signed = try signedCopy { try ContentBundle.compile($0).get() }
        defer { try? FileManager.default.removeItem(atPath: (signed.root as NSString).deletingLastPathComponent) }
        let configuration = try WizardLauncher.configuration(for: options(signed.root, signed.publicKey), environment: [:])
        #expect(try #require(configuration.pendingVerification).failure == nil)
        let app = App(configuration: configuration)
        app.run(on: ScriptedTerminal(keys: [.enter]))
        #expect(app.state.page != .flows)
    }

    /// The chosen language's compiled catalog is read when it is first shown and used only with
    /// the bytes the verified head lists: changed after signing, it is never shown (the language
    /// falls back to English with its notice, never to a `.po` not yet checked), and the rest of
    /// the check refuses the content before the first key.
    @Test func aChangedCatalogIsNeverShown() throws {
        let signed = try signedCopy { try ContentBundle.compile($0).get() }
        defer { try? FileManager.default.removeItem(atPath: (signed.root as NSString).deletingLastPathComponent) }
        let path = signed.root + "/" + ContentBundle.catalogPath(for: "es")
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let configuration = try WizardLauncher.configuration(for: options(signed.root, signed.publicKey), environment: [:])
        let app = App(configuration: configuration)
        let screen = app.render(width: 80, height: 24).text()
        #expect(!screen.contains("Ayuda en la puerta"))
        #expect(try #require(configuration.pendingVerification).failure
            == .filesDiffer(added: [], removed: [], changed: [ContentBundle.catalogPath(for: "es")]))
    }
}
