import Foundation

/// Reads and checks a site folder: `organization.json` (the center, an HSDS 3.0 organization)
/// and `services.json` (an array of HSDS 3.0 services). The files are hostile input like every
/// other content file: size and encoding are checked first (`InputGuard`), the JSON is read
/// strictly (`JSONParser`), and every problem is reported at its `file:line:col`.
public enum SiteLoader {
    /// The center itself.
    public static let organizationFile = "organization.json"
    /// The services the center refers people to.
    public static let servicesFile = "services.json"
    /// A service not checked for this many months is reported as stale.
    public static let staleAfterMonths = 6

    /// What reading a site gave: the site when it has no error, and every problem found.
    public struct Result: Sendable {
        /// The site, or `nil` when any error was found.
        public var site: Site?
        /// Errors and warnings, in file order.
        public var diagnostics: [Diagnostic]
    }

    /// Reads the site in `directory`, judging staleness against `today` and languages against
    /// `offered` (the languages the kiosk offers).
    public static func load(directory: String, today: LocalDate, offered: [Language] = Language.known,
                            limits: InputLimits = .standard) -> Result {
        var diagnostics: [Diagnostic] = []
        let organization = read(directory, organizationFile, limits: limits, into: &diagnostics)
        let services = read(directory, servicesFile, limits: limits, into: &diagnostics)
        var center: (name: String, description: String, hours: [String])?
        if let organization {
            center = decodeOrganization(organization, file: path(directory, organizationFile), into: &diagnostics)
        }
        var decoded: [SiteService] = []
        if let services {
            decoded = decodeServices(services, file: path(directory, servicesFile), into: &diagnostics)
            for service in decoded {
                diagnostics += SiteCheck.check(service, today: today, offered: offered, staleAfterMonths: staleAfterMonths)
            }
        }
        let translations = SiteTranslationLoader.load(directory: directory, english: decoded, limits: limits,
                                                      into: &diagnostics)
        diagnostics = diagnostics.sortedByPosition()
        guard let center, services != nil, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Result(site: nil, diagnostics: diagnostics)
        }
        return Result(site: Site(directory: directory, name: center.name, description: center.description,
                                 hours: center.hours, services: decoded, translations: translations),
                      diagnostics: diagnostics)
    }

    static func path(_ directory: String, _ file: String) -> String {
        (directory as NSString).appendingPathComponent(file)
    }

    static func read(_ directory: String, _ name: String, limits: InputLimits,
                             into diagnostics: inout [Diagnostic]) -> JSONNode? {
        let file = path(directory, name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: file) else {
            diagnostics.append(Diagnostic(.unreadableFile, "a site needs \(name), and it cannot be read", at: .wholeFile(file)))
            return nil
        }
        return parse(data, file: file, limits: limits, into: &diagnostics)
    }

    /// The JSON of a site file's bytes, read as if from `file`: the size and encoding checks,
    /// then the strict parse; `nil`, with the problem in `diagnostics`, when either refuses it.
    static func parse(_ data: Data, file: String, limits: InputLimits, into diagnostics: inout [Diagnostic]) -> JSONNode? {
        switch InputGuard.check(data, file: file, limits: limits) {
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        case .success(let bytes):
            do {
                return try JSONParser.parse([UInt8](bytes), maximumNesting: limits.maximumNesting)
            } catch {
                diagnostics.append(Diagnostic(error.isTooDeep ? .nestingTooDeep : .jsonSyntax, error.message,
                                              at: SourceLocation(file: file, line: error.line, column: error.column)))
                return nil
            }
        }
    }

    static func decodeOrganization(_ node: JSONNode, file: String, into diagnostics: inout [Diagnostic])
        -> (name: String, description: String, hours: [String])? {
        guard var fields = SiteFields(node, file: file, subject: "the center (\(organizationFile))", into: &diagnostics) else { return nil }
        let id = fields.id()
        let name = fields.string("name", required: true)
        let description = fields.string("description", required: true)
        var hours: [String] = []
        for location in fields.array("locations") {
            guard var place = SiteFields(location, file: file, subject: "a location of the center", into: &fields.nestedProblems) else { continue }
            for schedule in place.array("schedules") {
                guard var times = SiteFields(schedule, file: file, subject: "a schedule of the center", into: &place.nestedProblems) else { continue }
                if let text = times.string("description") { hours.append(text) }
                place.absorb(times)
            }
            fields.absorb(place)
        }
        let count = diagnostics.count
        fields.report(into: &diagnostics)
        guard diagnostics.count == count, id != nil, let name, let description else { return nil }
        return (name, description, hours)
    }

    static func decodeServices(_ node: JSONNode, file: String, into diagnostics: inout [Diagnostic]) -> [SiteService] {
        guard case .array(let elements) = node.value else {
            diagnostics.append(Diagnostic(.wrongType, "\(servicesFile) must be an array of HSDS services, not \(node.kindName)",
                                          at: SourceLocation(file: file, line: node.line, column: node.column)))
            return []
        }
        let decoder = SiteServiceDecoder(file: file)
        var services: [SiteService] = []
        var seen: [String: SiteService] = [:]
        for (index, element) in elements.enumerated() {
            guard let service = decoder.decode(element, index: index, into: &diagnostics) else { continue }
            if let first = seen[service.id] {
                diagnostics.append(Diagnostic(.duplicateID, "service '\(service.name)' has the id of service '\(first.name)'",
                                              at: service.location, notes: ["first used here: \(first.location)"]))
                continue
            }
            seen[service.id] = service
            services.append(service)
        }
        return services
    }
}
