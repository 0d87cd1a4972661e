/// Reads one HSDS 3.0 `service` of `services.json` into a ``SiteService``: its name, status,
/// organization, phones, languages, service areas, `assured_date` and the referral kinds its
/// attributes name. Every problem is reported at its place; a service with an error is left out.
struct SiteServiceDecoder {
    let file: String

    func decode(_ node: JSONNode, index: Int, into diagnostics: inout [Diagnostic]) -> SiteService? {
        let name = node["name"].flatMap { member -> String? in
            if case .string(let text) = member.node.value { return text }
            return nil
        }
        let subject = name.map { "service '\($0)'" } ?? "service \(index + 1)"
        guard var fields = SiteFields(node, file: file, subject: subject, into: &diagnostics) else { return nil }
        let before = diagnostics.count + fields.diagnostics.count
        let id = fields.id()
        let serviceName = fields.string("name", required: true)
        let status = decodeStatus(&fields)
        let description = fields.string("description")
        let url = fields.string("url")
        let assured = decodeDate(&fields)
        let organizationName = decodeOrganizationName(&fields)
        let phones = fields.array("phones").compactMap { decodePhone($0, of: subject, into: &fields) }
        let languages = fields.array("languages").compactMap { decodeLanguage($0, of: subject, into: &fields) }
        let areas = fields.array("service_areas").compactMap { area -> String? in
            guard var areaFields = SiteFields(area, file: file, subject: "a service area of \(subject)", into: &fields.nestedProblems) else { return nil }
            defer { fields.absorb(areaFields) }
            return areaFields.string("name")
        }
        let kinds = decodeReferralKinds(&fields)
        fields.report(into: &diagnostics)
        guard diagnostics.count == before, let id, let serviceName, let status, let assured else { return nil }
        return SiteService(id: id, name: serviceName, organizationName: organizationName, description: description,
                           status: status, phones: phones, languages: languages, areas: areas, assuredDate: assured,
                           url: url, referralKinds: kinds, location: fields.start)
    }

    private func decodeStatus(_ fields: inout SiteFields) -> SiteService.Status? {
        guard let text = fields.string("status", required: true) else { return nil }
        guard let status = SiteService.Status(rawValue: text) else {
            fields.add(Diagnostic(.badSiteValue, "unknown status \"\(text)\" (HSDS: active, inactive, defunct, temporarily closed)",
                                  at: fields.place(fields.member("status")!.node),
                                  suggestion: EditDistance.suggestion(for: text, among: SiteService.Status.allCases.map(\.rawValue))))
            return nil
        }
        return status
    }

    /// `assured_date` is required here: a service is shown with the day it was last checked.
    private func decodeDate(_ fields: inout SiteFields) -> LocalDate? {
        guard let text = fields.string("assured_date") else {
            fields.add(Diagnostic(.missingField, "\(fields.subject) has no \"assured_date\" (the day it was last checked)", at: fields.start))
            return nil
        }
        guard let date = LocalDate(text) else {
            fields.add(Diagnostic(.badDate, "\"assured_date\" must be a real day written YYYY-MM-DD, not \"\(text)\"",
                                  at: fields.place(fields.member("assured_date")!.node)))
            return nil
        }
        return date
    }

    private func decodeOrganizationName(_ fields: inout SiteFields) -> String? {
        guard let member = fields.member("organization"), member.node.value != .null,
              var organization = SiteFields(member.node, file: file, subject: "the organization of \(fields.subject)",
                                            into: &fields.nestedProblems) else { return nil }
        defer { fields.absorb(organization) }
        return organization.string("name", required: true)
    }

    private func decodePhone(_ node: JSONNode, of subject: String, into fields: inout SiteFields) -> SitePhone? {
        guard var phone = SiteFields(node, file: file, subject: "a phone of \(subject)", into: &fields.nestedProblems) else { return nil }
        defer { fields.absorb(phone) }
        guard let number = phone.string("number", required: true) else { return nil }
        let allowed = Set("0123456789 +-().")
        guard number.contains(where: \.isNumber), number.allSatisfy(allowed.contains) else {
            phone.add(Diagnostic(.badSiteValue, "the phone number \"\(number)\" may hold only digits, spaces and + - ( ) .",
                                 at: phone.place(phone.member("number")!.node)))
            return nil
        }
        return SitePhone(number: number, description: phone.string("description"))
    }

    private func decodeLanguage(_ node: JSONNode, of subject: String, into fields: inout SiteFields) -> SiteLanguage? {
        guard var language = SiteFields(node, file: file, subject: "a language of \(subject)", into: &fields.nestedProblems) else { return nil }
        defer { fields.absorb(language) }
        let code = language.string("code")?.lowercased()
        let name = language.string("name")
        guard code != nil || name != nil else {
            language.add(Diagnostic(.missingField, "a language of \(subject) has neither \"code\" nor \"name\"", at: language.start))
            return nil
        }
        return SiteLanguage(code: code, name: name)
    }

    /// The kinds named by attributes whose taxonomy term belongs to `amparo-referrals`.
    private func decodeReferralKinds(_ fields: inout SiteFields) -> [ReferralKind] {
        var kinds: [ReferralKind] = []
        for attribute in fields.array("attributes") {
            guard var attributeFields = SiteFields(attribute, file: file, subject: "an attribute of \(fields.subject)",
                                                   into: &fields.nestedProblems) else { continue }
            defer { fields.absorb(attributeFields) }
            guard let termMember = attributeFields.member("taxonomy_term"), termMember.node.value != .null,
                  var term = SiteFields(termMember.node, file: file, subject: "a taxonomy term of \(fields.subject)",
                                        into: &attributeFields.nestedProblems) else { continue }
            defer { attributeFields.absorb(term) }
            guard term.string("taxonomy") == ReferralKind.taxonomy else { continue }
            guard let code = term.string("code", required: true) else { continue }
            guard let kind = ReferralKind(rawValue: code) else {
                term.add(Diagnostic(.unknownReferralKind, "unknown referral kind \"\(code)\" (known: \(ReferralKind.allCases.map(\.rawValue).joined(separator: ", ")))",
                                    at: term.place(term.member("code")!.node),
                                    suggestion: EditDistance.suggestion(for: code, among: ReferralKind.allCases.map(\.rawValue))))
                continue
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return kinds
    }
}
