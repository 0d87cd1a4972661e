import Foundation

/// A site folder written for a test (HSDS 3.0 JSON, as `Sites/NAME/` holds it): a center with
/// hours and the given services, and optionally their translations (`<tag>/services.json`).
/// The caller removes the folder.
public enum TestSite {
    /// One service of the test site.
    public struct Service: Sendable {
        public var id: String
        public var name: String
        public var organization: String?
        public var description: String?
        public var phone: String?
        public var kinds: [String]
        public var status: String
        public var assuredDate: String

        public init(id: String, name: String, organization: String? = nil, description: String? = nil,
                    phone: String? = nil, kinds: [String], status: String = "active", assuredDate: String = "2026-12-02") {
            self.id = id
            self.name = name
            self.organization = organization
            self.description = description
            self.phone = phone
            self.kinds = kinds
            self.status = status
            self.assuredDate = assuredDate
        }
    }

    /// A rapid-response network, a legal-aid clinic, a closed legal service and a food bank.
    public static let services: [Service] = [
        Service(id: "11111111-1111-4111-8111-111111111111", name: "Eastside Rapid Response", organization: "Eastside Network",
                description: "Report agents and get someone to come.", phone: "555-0100", kinds: ["rapid-response"]),
        Service(id: "22222222-2222-4222-8222-222222222222", name: "Valley Legal Clinic",
                description: "Free immigration legal help.", phone: "555-0111", kinds: ["legal-aid", "rapid-response"],
                assuredDate: "2026-11-20"),
        Service(id: "33333333-3333-4333-8333-333333333333", name: "Closed Legal Office", phone: "555-0122",
                kinds: ["legal-aid"], status: "inactive"),
        Service(id: "44444444-4444-4444-8444-444444444444", name: "Valley Food Bank", phone: "555-0133", kinds: ["food"]),
    ]

    /// Writes the site into a fresh temporary folder and returns its path. `translations` gives,
    /// per language tag, services (by id) whose words are translated: id → (name, description).
    public static func makeDirectory(services: [Service] = TestSite.services, center: String = "Eastside Center",
                                     hours: String = "Mon-Fri 9-5",
                                     translations: [String: [String: (name: String, description: String)]] = [:]) throws -> String {
        let manager = FileManager.default
        let root = manager.temporaryDirectory.appendingPathComponent("amparo-site-\(UUID().uuidString)").path
        try manager.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write(organization(center, hours: hours), to: root + "/organization.json")
        try write(services.map { json($0) }, to: root + "/services.json")
        for (tag, words) in translations {
            try manager.createDirectory(atPath: root + "/" + tag, withIntermediateDirectories: true)
            let translated = services.compactMap { service -> [String: Any]? in
                guard let word = words[service.id] else { return nil }
                var copy = service
                copy.name = word.name
                copy.description = word.description
                return json(copy)
            }
            try write(translated, to: root + "/" + tag + "/services.json")
        }
        return root
    }

    private static func organization(_ name: String, hours: String) -> [String: Any] {
        ["id": "0b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "name": name, "description": "A community center.",
         "locations": [["id": "1b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f",
                        "schedules": [["id": "2b6f2d4e-1c3a-4b5d-8e7f-9a0b1c2d3e4f", "description": hours]]]]]
    }

    private static func json(_ service: Service) -> [String: Any] {
        let suffix = String(service.id.suffix(11))
        var object: [String: Any] = [
            "id": service.id, "name": service.name, "status": service.status, "assured_date": service.assuredDate,
            "languages": ["en", "es", "zh", "tl", "vi", "ko"].enumerated().map { index, code in
                ["id": "9a2b3c4d-000\(index)-4000-8000-\(suffix.prefix(1))\(suffix)", "code": code]
            },
            "attributes": service.kinds.enumerated().map { index, kind in
                ["id": "7c3d4e5f-000\(index)-4c8d-9e0f-\(suffix.prefix(1))\(suffix)",
                 "taxonomy_term": ["id": "8c3d4e5f-000\(index)-4c8d-9e0f-\(suffix.prefix(1))\(suffix)",
                                   "taxonomy": "amparo-referrals", "code": kind, "name": kind, "description": kind]]
            },
        ]
        if let organization = service.organization {
            object["organization"] = ["id": "4c3d4e5f-6a7b-4c8d-9e0f-\(suffix.prefix(1))\(suffix)", "name": organization,
                                      "description": organization]
        }
        if let description = service.description { object["description"] = description }
        if let phone = service.phone {
            object["phones"] = [["id": "5c3d4e5f-6a7b-4c8d-9e0f-\(suffix.prefix(1))\(suffix)", "number": phone]]
        }
        return object
    }

    private static func write(_ object: Any, to path: String) throws {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
