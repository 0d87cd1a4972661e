import Foundation

/// One language's translations, read from its `<tag>.po`, and the never-stale rule that decides
/// whether a translation may be shown.
///
/// An entry is used only when it is not fuzzy, not obsolete, every `msgstr` is non-empty, its
/// `msgid` equals today's English, and it takes the same `%d`/`%s` arguments and `{date:…}`
/// placeholders as the English.
/// Anything else counts as missing, and the caller is told why.
public struct Catalog: Sendable {
    /// A usable-or-not translation, normalized to NFC.
    struct Entry: Sendable, Hashable {
        let english: String
        let translations: [String]
        let isFuzzy: Bool
    }

    /// The language tag the catalog is for (from its file name).
    public let tag: String
    /// The catalog's header, if it has one.
    public let header: POHeader?
    /// Problems found while reading the file (entries with errors are left out, so they fall back).
    public let diagnostics: [Diagnostic]
    /// The entries by `msgctxt` (several when a key was translated for more than one English).
    let entriesByKey: [String: [Entry]]

    /// A catalog of entries already read (from a compiled content bundle).
    init(tag: String, header: POHeader?, entriesByKey: [String: [Entry]]) {
        self.tag = tag
        self.header = header
        self.diagnostics = []
        self.entriesByKey = entriesByKey
    }

    /// Builds a catalog from a parsed file. Text is normalized to NFC (Vietnamese arrives in
    /// both forms). Entries without `msgctxt` are not Amparo's and are ignored.
    public init(file: POFile, tag: String, diagnostics: [Diagnostic] = []) {
        self.tag = tag
        self.header = file.header
        self.diagnostics = diagnostics
        var byKey: [String: [Entry]] = [:]
        for entry in file.entries where !entry.isObsolete {
            guard let key = entry.context else { continue }
            byKey[key, default: []].append(Entry(
                english: entry.id.nfcNormalized,
                translations: entry.strings.map(\.nfcNormalized),
                isFuzzy: entry.isFuzzy))
        }
        self.entriesByKey = byKey
    }

    /// Reads and parses `<tag>.po` at `path`. Syntax errors do not stop loading: they are kept in
    /// ``diagnostics`` and the broken entries fall back to English. A file over the size limit
    /// (`InputLimits`, 4 MiB as for flows; the shipped catalogs are about 350 KB) is refused
    /// without being read.
    public static func load(path: String, tag: String, limits: InputLimits = .standard) throws(CatalogLoadError) -> Catalog {
        switch ContentDocument.read(file: path, limits: limits) {
        case .success(let data): return parse(data, path: path, tag: tag)
        case .failure(let diagnostic): throw CatalogLoadError(path: path, reason: diagnostic.message)
        }
    }

    /// Parses the bytes of `<tag>.po` as if read from `path` (what ``load(path:tag:)`` does once
    /// it has read the file). Never fails: syntax errors are kept in ``diagnostics``.
    public static func parse(_ data: Data, path: String, tag: String) -> Catalog {
        let result = POParser.parse([UInt8](data), file: path)
        return Catalog(file: result.file, tag: tag, diagnostics: result.diagnostics)
    }

    /// How the translation was made and reviewed (the `X-Amparo-Translation-Status` header).
    public var status: TranslationStatus {
        header?.translationStatus ?? .unrecorded(headerValue: nil)
    }

    /// Every key the catalog has an entry for.
    public var keys: Set<String> { Set(entriesByKey.keys) }

    /// The keys with a translation (not fuzzy, every `msgstr` filled), whatever English it was
    /// made for.
    public var translatedKeys: Set<String> {
        Set(entriesByKey.compactMap { key, entries in
            entries.contains { !$0.isFuzzy && !$0.translations.isEmpty && $0.translations.allSatisfy { !$0.isEmpty } } ? key : nil
        })
    }

    /// The translation of `text` if it may be shown, or why not.
    public func translation(of text: some LocalizableText) -> Result<String, FallbackReason> {
        guard let candidates = entriesByKey[text.key] else { return .failure(.missing) }
        guard let entry = candidates.first(where: { $0.english == text.english }) else { return .failure(.stale) }
        if entry.isFuzzy { return .failure(.fuzzy) }
        guard let translation = entry.translations.first,
              entry.translations.allSatisfy({ !$0.isEmpty }) else { return .failure(.untranslated) }
        if CFormat.hasDirectives(text.english), CFormat.signature(of: translation) != CFormat.signature(of: text.english) {
            return .failure(.formatMismatch)
        }
        if DatePlaceholder.signature(of: translation) != DatePlaceholder.signature(of: text.english) {
            return .failure(.formatMismatch)
        }
        return .success(translation)
    }
}

/// A catalog file could not be read at all.
public struct CatalogLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public let path: String
    /// What went wrong.
    public let reason: String

    public var description: String { "\(path): error: \(reason)" }
}
