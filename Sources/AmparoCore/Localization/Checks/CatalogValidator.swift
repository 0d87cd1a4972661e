import Foundation

/// The catalog checks of `amparo validate`: every `Localization/<tag>.po` is parsed (syntax
/// errors with `file:line:col`), its header checked (language, translation status), and its
/// entries compared with the current template (placeholders, unknown keys, emoji); the
/// template itself must be current.
public struct CatalogValidator: Sendable {
    /// The catalogs' folder.
    public let directory: LocalizationDirectory

    /// Checks the catalogs in `directory`.
    public init(directory: LocalizationDirectory) {
        self.directory = directory
    }

    /// What the checks found, and which files they read.
    public struct Result: Sendable {
        /// Every problem, file by file.
        public var diagnostics: [PODiagnostic]
        /// The files read.
        public var files: [String]

        /// Creates a result.
        public init(diagnostics: [PODiagnostic] = [], files: [String] = []) {
            self.diagnostics = diagnostics
            self.files = files
        }

        /// The number of problems of a severity.
        public func count(_ severity: PODiagnostic.Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }
    }

    /// Checks every catalog against the template of `flows`.
    public func validate(flows: [Flow]) -> Result {
        let template = TranslationTemplate(flows: flows)
        let byKey = Dictionary(template.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var result = Result(diagnostics: [], files: [])
        if let data = FileManager.default.contents(atPath: directory.templatePath) {
            result.files.append(directory.templatePath)
            if [UInt8](data) != Array(template.text.utf8) {
                result.diagnostics.append(PODiagnostic(
                    file: directory.templatePath, line: 1, column: nil, severity: .warning,
                    message: "the template is out of date with the flows and interface strings; run `amparo translations extract`",
                    code: .staleTemplate))
            }
        }
        for name in catalogFileNames() {
            let path = directory.path + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            result.files.append(path)
            let parsed = POParser.parse([UInt8](data), file: path)
            result.diagnostics += parsed.diagnostics
            result.diagnostics += headerProblems(parsed.file, path: path, tag: String(name.dropLast(3)))
            result.diagnostics += entryProblems(parsed.file, path: path, template: byKey)
        }
        return result
    }

    /// The `.po` files of the folder, sorted.
    private func catalogFileNames() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".po") }.sorted()
    }

    private func headerProblems(_ file: POFile, path: String, tag: String) -> [PODiagnostic] {
        var problems: [PODiagnostic] = []
        guard let language = Language.known(tag: tag) else {
            let known = Language.known.filter { !$0.isSource }.map(\.tag).joined(separator: ", ")
            return [PODiagnostic(file: path, line: 1, column: nil, severity: .warning,
                                 message: "'\(tag)' is not a language Amparo offers (catalogs are named \(known)); this file is never read",
                                 code: .unknownLanguage)]
        }
        guard let header = file.header else { return [] }
        let line = header.entry.line
        if let declared = header.language, !declared.isEmpty, LanguageTagMatcher.canonicalTag(declared) != language.tag {
            problems.append(PODiagnostic(file: path, line: line, column: nil,
                                         message: "the header says Language: \(declared), but the file is named for '\(language.tag)'",
                                         code: .languageMismatch))
        }
        if case .unrecorded(let value) = header.translationStatus {
            let said = value.map { " (it says '\($0)')" } ?? ""
            problems.append(PODiagnostic(
                file: path, line: line, column: nil, severity: .warning,
                message: "the header does not record how the translation was made\(said); set \(POHeader.translationStatusField) to "
                    + TranslationStatus.recognizedWords.joined(separator: ", ") + " and a description",
                code: .missingTranslationStatus))
        }
        return problems
    }

    private func entryProblems(_ file: POFile, path: String, template: [String: TemplateEntry]) -> [PODiagnostic] {
        var problems: [PODiagnostic] = []
        for entry in file.entries {
            guard let key = entry.context, let source = template[key] else {
                let what = entry.context.map { "msgctxt \"\($0)\"" } ?? "msgid \"\(entry.id)\""
                problems.append(PODiagnostic(file: path, line: entry.line, column: 1, severity: .warning,
                                             message: "\(what) is not a text of the flows or the interface; run `amparo translations update`",
                                             code: .unknownKey))
                continue
            }
            guard entry.isTranslated, !entry.isFuzzy else { continue }
            for translation in entry.strings {
                if source.isCFormat, CFormat.signature(of: translation) != CFormat.signature(of: source.english) {
                    problems.append(PODiagnostic(file: path, line: entry.line, column: 1,
                                                 message: "the translation of \(key) does not take the same %d/%s placeholders as the English \"\(source.english)\"",
                                                 code: .formatMismatch))
                }
                // Against the English the translator translated (msgid): a stale entry is not
                // shown anyway, and turns fuzzy at the next `amparo translations update`.
                let dates = DatePlaceholder.signature(of: entry.id)
                if DatePlaceholder.signature(of: translation) != dates {
                    let wanted = dates.isEmpty ? "no {date:…} or {month:…} placeholder" : dates.joined(separator: " ")
                    problems.append(PODiagnostic(file: path, line: entry.line, column: 1,
                                                 message: "the translation of \(key) must keep the date placeholders of its English, exactly: \(wanted)",
                                                 code: .formatMismatch))
                }
                if let emoji = translation.unicodeScalars.first(where: Self.isEmoji) {
                    let code = "U+" + String(emoji.value, radix: 16, uppercase: true)
                    problems.append(PODiagnostic(file: path, line: entry.line, column: 1, severity: .warning,
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
