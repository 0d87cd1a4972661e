import Foundation

/// The catalog checks of `amparo validate`, a ``ContentCheck`` like the others: every
/// `Localization/<tag>.po` is parsed (syntax errors with `file:line:col`), its header checked
/// (language, translation status), and its entries compared with the current template of the
/// loaded flows (placeholders, unknown keys, emoji); the template itself must be current. A
/// catalog that cannot be read is an error, never a silent skip.
public struct CatalogCheck: ContentCheck, Sendable {
    /// The size limit a catalog is held to (as flows are): a larger one is refused unread.
    public var limits: InputLimits

    /// Checks the catalogs of the content's `Localization/` folder, when it has one.
    public init(limits: InputLimits = .standard) {
        self.limits = limits
    }

    public func check(_ content: LoadedContent) -> (diagnostics: [Diagnostic], files: [String]) {
        guard let path = content.localizationDirectory else { return ([], []) }
        return check(LocalizationDirectory(path: path), flows: content.flows)
    }

    /// Checks every catalog of `directory` against the template of `flows`.
    public func check(_ directory: LocalizationDirectory, flows: [Flow]) -> (diagnostics: [Diagnostic], files: [String]) {
        let template = TranslationTemplate(flows: flows)
        let byKey = Dictionary(template.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var files: [String] = []
        if let data = FileManager.default.contents(atPath: directory.templatePath) {
            files.append(directory.templatePath)
            if [UInt8](data) != Array(template.text.utf8) {
                diagnostics.append(Diagnostic(
                    file: directory.templatePath, line: 1, column: nil,
                    message: "the template is out of date with the flows and interface strings; run `amparo translations extract`",
                    code: .staleTemplate))
            }
        }
        for name in catalogFileNames(in: directory) {
            let path = directory.path + "/" + name
            files.append(path)
            let data: Data
            switch ContentDocument.read(file: path, limits: limits) {
            case .success(let bytes): data = bytes
            case .failure(let refusal):
                diagnostics.append(refusal.code == .unreadableFile
                    ? Diagnostic(.unreadableFile, "cannot read the catalog", at: .wholeFile(path)) : refusal)
                continue
            }
            let parsed = POParser.parse([UInt8](data), file: path)
            diagnostics += parsed.diagnostics
            diagnostics += headerProblems(parsed.file, path: path, tag: String(name.dropLast(3)))
            diagnostics += entryProblems(parsed.file, path: path, template: byKey)
        }
        return (diagnostics, files)
    }

    /// The `.po` files of the folder, sorted.
    private func catalogFileNames(in directory: LocalizationDirectory) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".po") }.sorted()
    }

    private func headerProblems(_ file: POFile, path: String, tag: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let language = Language.known(tag: tag) else {
            let known = Language.known.filter { !$0.isSource }.map(\.tag).joined(separator: ", ")
            return [Diagnostic(file: path, line: 1, column: nil,
                                 message: "'\(tag)' is not a language Amparo offers (catalogs are named \(known)); this file is never read",
                                 code: .unknownLanguage)]
        }
        guard let header = file.header else { return [] }
        let line = header.entry.line
        if let declared = header.language, !declared.isEmpty, LanguageTagMatcher.canonicalTag(declared) != language.tag {
            problems.append(Diagnostic(file: path, line: line, column: nil,
                                         message: "the header says Language: \(declared), but the file is named for '\(language.tag)'",
                                         code: .languageMismatch))
        }
        if case .unrecorded(let value) = header.translationStatus {
            let said = value.map { " (it says '\($0)')" } ?? ""
            problems.append(Diagnostic(
                file: path, line: line, column: nil,
                message: "the header does not record how the translation was made\(said); set \(POHeader.translationStatusField) to "
                    + TranslationStatus.recognizedWords.joined(separator: ", ") + " and a description",
                code: .missingTranslationStatus))
        }
        return problems
    }

    private func entryProblems(_ file: POFile, path: String, template: [String: TemplateEntry]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for entry in file.entries {
            guard let key = entry.context, let source = template[key] else {
                let what = entry.context.map { "msgctxt \"\($0)\"" } ?? "msgid \"\(entry.id)\""
                problems.append(Diagnostic(file: path, line: entry.line, column: 1,
                                             message: "\(what) is not a text of the flows or the interface; run `amparo translations update`",
                                             code: .unknownCatalogKey))
                continue
            }
            guard entry.isTranslated, !entry.isFuzzy else { continue }
            for translation in entry.strings {
                if source.isCFormat, CFormat.signature(of: translation) != CFormat.signature(of: source.english) {
                    problems.append(Diagnostic(file: path, line: entry.line, column: 1,
                                                 message: "the translation of \(key) does not take the same %d/%s placeholders as the English \"\(source.english)\"",
                                                 code: .formatMismatch))
                }
                // Against the English the translator translated (msgid): a stale entry is not
                // shown anyway, and turns fuzzy at the next `amparo translations update`.
                let dates = DatePlaceholder.signature(of: entry.id)
                if DatePlaceholder.signature(of: translation) != dates {
                    let wanted = dates.isEmpty ? "no {date:…} or {month:…} placeholder" : dates.joined(separator: " ")
                    problems.append(Diagnostic(file: path, line: entry.line, column: 1,
                                                 message: "the translation of \(key) must keep the date placeholders of its English, exactly: \(wanted)",
                                                 code: .formatMismatch))
                }
                if let emoji = translation.unicodeScalars.first(where: Self.isEmoji) {
                    let code = "U+" + String(emoji.value, radix: 16, uppercase: true)
                    problems.append(Diagnostic(file: path, line: entry.line, column: 1,
                                                 message: "emoji \(code) in the translation of \(key); terminals disagree on its width",
                                                 code: .emojiInTranslation))
                }
            }
        }
        return problems
    }

    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || (scalar.properties.isEmoji && scalar.value >= 0x1F000)
    }
}
