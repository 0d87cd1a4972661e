import Foundation

/// Reads a site's translations: for each language Amparo offers (other than English), the
/// folder `Sites/NAME/<tag>/`, when there is one, with a translated `services.json` (required)
/// and `organization.json` (optional). They are read and checked exactly as the English files
/// are; a translated service must have the id of a service of the English `services.json`.
enum SiteTranslationLoader {
    static func load(directory: String, english: [SiteService], limits: InputLimits,
                     into diagnostics: inout [Diagnostic]) -> [String: SiteTranslation] {
        let ids = Set(english.map(\.id))
        var translations: [String: SiteTranslation] = [:]
        for language in Language.known where !Site.isEnglish(language.tag) {
            let folder = SiteLoader.path(directory, language.tag)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            var translation = SiteTranslation()
            if let node = SiteLoader.read(folder, SiteLoader.servicesFile, limits: limits, into: &diagnostics) {
                let file = SiteLoader.path(folder, SiteLoader.servicesFile)
                for service in SiteLoader.decodeServices(node, file: file, into: &diagnostics) {
                    guard ids.contains(service.id) else {
                        diagnostics.append(Diagnostic(.badSiteValue,
                            "service '\(service.name)' has the id \(service.id), which no service of \(SiteLoader.servicesFile) has: a translation gives the words of a service the English file lists",
                            at: service.location))
                        continue
                    }
                    translation.services[service.id] = SiteServiceWords(name: service.name, organizationName: service.organizationName,
                                                                        description: service.description)
                }
            }
            let organization = SiteLoader.path(folder, SiteLoader.organizationFile)
            if FileManager.default.fileExists(atPath: organization),
               let node = SiteLoader.read(folder, SiteLoader.organizationFile, limits: limits, into: &diagnostics),
               let center = SiteLoader.decodeOrganization(node, file: organization, into: &diagnostics) {
                translation.center = SiteCenterWords(name: center.name, hours: center.hours)
            }
            translations[language.tag] = translation
        }
        return translations
    }
}
